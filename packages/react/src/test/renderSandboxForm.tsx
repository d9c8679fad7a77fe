import type { MockApi } from "@credential-form/test-utils";
import { render } from "@testing-library/react";
import { CredentialForm, type CredentialFormProps } from "../CredentialForm.js";

/** Props of {@link renderSandboxForm}: a token and a template at the least, any other `<CredentialForm>` prop. */
export type SandboxFormProps = Partial<CredentialFormProps> & Pick<CredentialFormProps, "token" | "template">;

/** Renders `<CredentialForm>` against `api` (its base URL and registry; the current API, agent-api). */
export function renderSandboxForm(api: MockApi, props: SandboxFormProps) {
  return render(
    <CredentialForm flavour="agent-api" baseUrl={api.baseUrl} registryUrl={api.registryUrl} {...props} />,
  );
}

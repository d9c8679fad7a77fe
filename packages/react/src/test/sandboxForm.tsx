import type { MockApi } from "@credential-form/test-utils";
import type { ReactElement } from "react";
import { CredentialForm, type CredentialFormCreateProps } from "../CredentialForm.js";

/** Props of {@link sandboxForm}: a token and a template at the least, any other `<CredentialForm>` prop. */
export type SandboxFormProps = Partial<CredentialFormCreateProps> &
  Pick<CredentialFormCreateProps, "token" | "template">;

/**
 * The `<CredentialForm>` element pointed at `api` (its base URL and registry; the current API, agent-api), `props`
 * over them (a browser test adds `fetch: sandboxFetch(api.sandbox)`, a jsdom one goes through MSW).
 */
export function sandboxForm(api: MockApi, props: SandboxFormProps): ReactElement {
  return (
    <CredentialForm flavour="agent-api" baseUrl={api.baseUrl} registryUrl={api.registryUrl} {...props} />
  );
}

import type { MockApi } from "@credential-form/test-utils";
import { render } from "@testing-library/react";
import { type SandboxFormProps, sandboxForm } from "./sandboxForm.js";

/** Renders {@link sandboxForm}: `<CredentialForm>` against `api` (its base URL and registry; agent-api). */
export function renderSandboxForm(api: MockApi, props: SandboxFormProps) {
  return render(sandboxForm(api, props));
}

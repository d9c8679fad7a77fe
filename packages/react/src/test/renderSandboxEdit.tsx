import type { MockApi } from "@credential-form/test-utils";
import { render } from "@testing-library/react";
import { CredentialForm } from "../CredentialForm.js";
import type { ConnectorEditFormProps } from "../edit/ConnectorEditForm.js";

/** Props of {@link renderSandboxEdit}: a token and a connector id at the least, any other edit-mode prop. */
export type SandboxEditProps = Partial<ConnectorEditFormProps> &
  Pick<ConnectorEditFormProps, "token" | "connectorId">;

/**
 * Renders `<CredentialForm connectorId>` (edit mode) against `api` (its base URL and registry), its OAuth callback
 * at `/oauth-callback.html`, `props` over them.
 */
export function renderSandboxEdit(api: MockApi, props: SandboxEditProps) {
  return render(
    <CredentialForm
      baseUrl={api.baseUrl}
      registryUrl={api.registryUrl}
      oauthRedirectUrl="/oauth-callback.html"
      {...props}
    />,
  );
}

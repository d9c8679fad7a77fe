import { render } from "@testing-library/react";
import { type ComponentType, createElement } from "react";
import { API_BASE, mockToken } from "./mockServer.js";

/** The props {@link renderMocked} fills in. */
type MockedProps = "token" | "baseUrl";

/**
 * Renders one of our components (`<ConnectorList>`, `<ConnectorEditForm>`, `<CredentialWidget>`…) against
 * {@link mockServer}'s API: the test's sandbox token and the mock's base URL, unless `props` set them.
 */
export function renderMocked<P extends { token: unknown; baseUrl?: string | undefined }>(
  Component: ComponentType<P>,
  props: Omit<P, MockedProps> & Partial<Pick<P, MockedProps>>,
) {
  return render(
    createElement(Component, { token: mockToken(), baseUrl: API_BASE, ...props } as unknown as P),
  );
}

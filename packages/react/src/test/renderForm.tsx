import { getSource } from "@credential-form/test-utils";
import { render, screen } from "@testing-library/react";
import type { ReactElement } from "react";
import { CredentialForm, type CredentialFormCreateProps } from "../CredentialForm.js";
import { API_BASE, mockToken, REGISTRY_URL, templateIdFor } from "./mockServer.js";

/** Props for {@link renderForm}: any `<CredentialForm>` prop, plus which real connector to use. */
export type RenderFormProps = Partial<CredentialFormCreateProps> & {
  connector?: string;
  wrap?: (element: ReactElement) => ReactElement;
};

/**
 * The `<CredentialForm>` element pointed at the sandbox-backed mock API and its registry (real registry fixture),
 * with the test's sandbox token and the template the mock seeds for the connector, unless given.
 */
export function formElement(props: RenderFormProps = {}): ReactElement {
  const { connector = "airbyte/source-hellobaton", wrap, ...rest } = props;
  const source = getSource(connector);
  const token = rest.token ?? mockToken();
  const template = rest.template ?? {
    id: templateIdFor(source.sourceDefinitionId),
    sourceDefinitionId: source.sourceDefinitionId,
    partialDefaultConfig: {},
  };
  const element = (
    <CredentialForm
      baseUrl={API_BASE}
      registryUrl={REGISTRY_URL}
      {...rest}
      token={token}
      template={template}
    />
  );
  return wrap ? wrap(element) : element;
}

/** Renders `<CredentialForm>` against the mocked API and registry. */
export function renderForm(props: RenderFormProps = {}) {
  return render(formElement(props));
}

/** Waits until the form is interactive (its submit button is shown). */
export async function waitForForm(): Promise<HTMLElement> {
  return screen.findByRole("button", { name: /^Submit/ }, { timeout: 8000 });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The input, select or textarea labelled `label` (the label may carry a required marker after it). */
export function field(label: string): HTMLInputElement {
  return screen.getByLabelText(new RegExp(`^${escapeRegExp(label)}(\\*|\\s|\\(required\\))*$`), {
    selector: "input, select, textarea",
  }) as HTMLInputElement;
}

/** Like {@link field}, or null when absent. */
export function queryField(label: string): HTMLInputElement | null {
  return screen.queryByLabelText(new RegExp(`^${escapeRegExp(label)}(\\*|\\s|\\(required\\))*$`), {
    selector: "input, select, textarea",
  }) as HTMLInputElement | null;
}

/** Waits for the success panel shown once the source is created. */
export async function waitForSuccess(): Promise<HTMLElement> {
  return screen.findByText("Your source has been created.", { selector: ".cf-success" }, { timeout: 5000 });
}

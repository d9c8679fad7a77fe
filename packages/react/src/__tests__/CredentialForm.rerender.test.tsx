import { getSource, makeWidgetToken } from "@credential-form/test-utils";
import { withTheme } from "@rjsf/core";
import { act, render, screen, waitFor } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { API_BASE, mockServer, REGISTRY_URL } from "../test/mockServer.js";
import { field, formElement, waitForForm } from "../test/renderForm.js";
import { airbyteTheme } from "../theme/airbyteTheme.js";
import { type UseCredentialFormResult, useCredentialForm } from "../useCredentialForm.js";

mockServer();

const ThemedForm = withTheme(airbyteTheme);
const hellobaton = getSource("airbyte/source-hellobaton");
const token = makeWidgetToken();

/** A headless host whose own state changes what it renders inside the form (a button label). */
function HeadlessHost({ onForm }: { onForm: (form: UseCredentialFormResult, bump: () => void) => void }) {
  const [renders, setRenders] = useState(0);
  const form = useCredentialForm({
    token,
    template: { id: "tpl-1", sourceDefinitionId: hellobaton.sourceDefinitionId },
    baseUrl: API_BASE,
    registryUrl: REGISTRY_URL,
  });
  onForm(form, () => setRenders((n) => n + 1));
  if (form.status === "loading") return <p>loading</p>;
  return (
    <div {...form.getRootProps()}>
      <ThemedForm key={form.formKey} {...form.getFormProps()}>
        <button {...form.getSubmitButtonProps()}>Submit ({renders})</button>
      </ThemedForm>
    </div>
  );
}

async function typeAndBlur(label: string, text: string): Promise<void> {
  const user = userEvent.setup();
  await user.type(field(label), text);
  await user.tab();
}

describe("host re-renders never lose what the user typed", () => {
  it("keeps a committed value when a headless host changes its own children", async () => {
    let bump = () => {};
    render(<HeadlessHost onForm={(_form, next) => (bump = next)} />);
    await screen.findByRole("button", { name: /^Submit/ }, { timeout: 8000 });
    await typeAndBlur("company", "acme");
    await waitFor(() => expect(field("company").value).toBe("acme"));
    act(() => bump());
    await screen.findByRole("button", { name: "Submit (1)" });
    expect(field("company").value).toBe("acme");
    act(() => bump());
    await screen.findByRole("button", { name: "Submit (2)" });
    expect(field("company").value).toBe("acme");
  });

  it("keeps committed values when <CredentialForm> gets new props (onCancel, messages, disabled)", async () => {
    const { rerender } = render(formElement({ token }));
    await waitForForm();
    await typeAndBlur("company", "acme");
    await typeAndBlur("API Key", "secret-key-1");
    rerender(formElement({ token, onCancel: () => {} }));
    await screen.findByRole("button", { name: "Cancel" });
    expect(field("company").value).toBe("acme");
    rerender(formElement({ token, onCancel: () => {}, messages: { submit: "Connect" } }));
    await screen.findByRole("button", { name: "Connect" });
    expect(field("company").value).toBe("acme");
    rerender(formElement({ token, disabled: true, messages: { submit: "Connect" } }));
    await waitFor(() => expect(field("company").disabled).toBe(true));
    rerender(formElement({ token, disabled: false, messages: { submit: "Connect" } }));
    await waitFor(() => expect(field("company").disabled).toBe(false));
    expect(field("company").value).toBe("acme");
    expect(field("API Key").value).toBe("secret-key-1");
  });

  it("shows data the host sets with setFormData in the mounted form, then keeps what the user types next", async () => {
    const host: { form?: UseCredentialFormResult; bump?: () => void } = {};
    render(
      <HeadlessHost
        onForm={(form, bump) => {
          host.form = form;
          host.bump = bump;
        }}
      />,
    );
    await screen.findByRole("button", { name: /^Submit/ }, { timeout: 8000 });
    await typeAndBlur("company", "typed");
    act(() => host.form?.setFormData({ company: "from-host" }));
    await waitFor(() => expect(field("company").value).toBe("from-host"));
    expect(host.form?.formData).toEqual({ company: "from-host" });
    await userEvent.setup().clear(field("company"));
    await typeAndBlur("company", "after");
    await waitFor(() => expect(host.form?.formData.company).toBe("after"));
    act(() => host.bump?.());
    await screen.findByRole("button", { name: "Submit (1)" });
    expect(field("company").value).toBe("after");
  });
});

import { render, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { mockServer } from "../test/mockServer.js";
import { formElement } from "../test/renderForm.js";
import { CREDENTIAL_FORM_STYLE_ID } from "../theme/styles.js";

mockServer();

// jsdom has no adoptedStyleSheets, so the form falls back to <style>: this checks where it goes.
// CredentialForm.styles.browser.test.tsx checks the adopted sheets and the computed styles in Chromium.
describe("<CredentialForm> styles", () => {
  it("go into the shadow root the form is rendered in, and the form still works there", async () => {
    const host = document.body.appendChild(document.createElement("div"));
    const shadow = host.attachShadow({ mode: "open" });
    const container = shadow.appendChild(document.createElement("div"));
    const before = document.querySelectorAll(`style#${CREDENTIAL_FORM_STYLE_ID}`).length;
    const view = render(formElement(), { container });
    expect(shadow.querySelectorAll(`style#${CREDENTIAL_FORM_STYLE_ID}`)).toHaveLength(1);
    expect(document.querySelectorAll(`style#${CREDENTIAL_FORM_STYLE_ID}`)).toHaveLength(before);
    // The hook's own ref is still attached (it reads the root to focus fields): the form loads and renders.
    await within(container).findByRole("button", { name: /^Submit/ }, { timeout: 8000 });
    view.rerender(formElement({ className: "again" }));
    expect(shadow.querySelectorAll(`style#${CREDENTIAL_FORM_STYLE_ID}`)).toHaveLength(1);
    view.unmount();
    host.remove();
  });

  it("go into <head> for a form in the page", async () => {
    const view = render(formElement());
    await waitFor(() =>
      expect(document.head.querySelectorAll(`style#${CREDENTIAL_FORM_STYLE_ID}`)).toHaveLength(1),
    );
    view.unmount();
  });
});

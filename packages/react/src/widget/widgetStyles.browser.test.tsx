import { createMockApi } from "@credential-form/test-utils";
import { findByRole, waitFor } from "@testing-library/dom";
import { createRoot } from "react-dom/client";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { CREDENTIAL_FORM_STYLE_ID } from "../theme/styles.js";
import { CredentialWidget } from "./CredentialWidget.js";
import { mountCredentialWidget } from "./mountCredentialWidget.js";
import { CREDENTIAL_WIDGET_STYLE_ID } from "./widgetStyles.js";

// A real browser: React updates flush on their own, no act() environment.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;

const MARK = Symbol.for("credential-form.stylesheet");
const api = createMockApi({ baseUrl: "https://api.widget-styles.test" });
let token: string;
beforeAll(async () => {
  token = await api.widgetToken();
});
const options = () => ({
  token,
  baseUrl: api.baseUrl,
  registryUrl: api.registryUrl,
  fetch: async (input: RequestInfo | URL, init?: RequestInit) => api.sandbox.handle(new Request(input, init)),
});

/** How many of our sheets with `id` `root` has adopted. */
function adopted(root: Document | ShadowRoot, id: string): number {
  return root.adoptedStyleSheets.filter(
    (sheet) => (sheet as CSSStyleSheet & { [MARK]?: string })[MARK] === id,
  ).length;
}

function shadowRoot(): ShadowRoot {
  const host = document.body.appendChild(document.createElement("div"));
  cleanups.push(() => host.remove());
  return host.attachShadow({ mode: "open" });
}

/** Computed styles that only the form's and the widget's stylesheets give the shown picker. */
async function pickerStyles(scope: ParentNode) {
  const list = await waitFor(
    () => {
      const element = scope.querySelector(".cf-picker-list");
      if (!element) throw new Error("no list yet");
      return element;
    },
    { timeout: 15_000 },
  );
  const label = scope.querySelector(".cf-picker-search .cf-label");
  if (!label) throw new Error("no search label");
  return { list: getComputedStyle(list).display, label: getComputedStyle(label).fontWeight };
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

// Order matters: the shadow root cases first, while the document has none of our sheets.
describe("widget styles in Chromium", () => {
  it("styles the widget mounted inside a shadow root (its dialog renders there), without a <style>", async () => {
    const shadow = shadowRoot();
    const element = shadow.appendChild(document.createElement("div"));
    const widget = mountCredentialWidget(element, options());
    cleanups.push(() => widget.destroy());
    widget.open();
    const backdrop = await waitFor(() => {
      const found = shadow.querySelector(".cf-widget-backdrop");
      if (!found) throw new Error("no dialog yet");
      return found;
    });
    expect(getComputedStyle(backdrop).position).toBe("fixed");
    expect(await pickerStyles(shadow)).toEqual({ list: "grid", label: "600" });
    expect([adopted(shadow, CREDENTIAL_FORM_STYLE_ID), adopted(shadow, CREDENTIAL_WIDGET_STYLE_ID)]).toEqual([
      1, 1,
    ]);
    expect([
      adopted(document, CREDENTIAL_FORM_STYLE_ID),
      adopted(document, CREDENTIAL_WIDGET_STYLE_ID),
    ]).toEqual([0, 0]);
    expect(shadow.querySelector("style")).toBeNull();

    // Closing and reopening adds nothing.
    widget.close();
    widget.open();
    await waitFor(() => expect(shadow.querySelector('[role="dialog"]')?.checkVisibility()).toBe(true));
    expect([adopted(shadow, CREDENTIAL_FORM_STYLE_ID), adopted(shadow, CREDENTIAL_WIDGET_STYLE_ID)]).toEqual([
      1, 1,
    ]);
  });

  it("styles the dialog where it is portalled (document.body), not the shadow root the widget is declared in", async () => {
    const shadow = shadowRoot();
    const root = createRoot(shadow.appendChild(document.createElement("div")));
    cleanups.push(() => root.unmount());
    root.render(<CredentialWidget {...options()} defaultOpen />);
    const dialog = await findByRole(document.body, "dialog", {}, { timeout: 15_000 });
    expect(shadow.contains(dialog)).toBe(false);
    expect(await pickerStyles(dialog)).toEqual({ list: "grid", label: "600" });
    expect([
      adopted(document, CREDENTIAL_FORM_STYLE_ID),
      adopted(document, CREDENTIAL_WIDGET_STYLE_ID),
    ]).toEqual([1, 1]);
    expect(
      document.querySelector(`style#${CREDENTIAL_WIDGET_STYLE_ID}, style#${CREDENTIAL_FORM_STYLE_ID}`),
    ).toBeNull();
  });

  it("styles the inline widget inside a shadow root", async () => {
    const shadow = shadowRoot();
    const root = createRoot(shadow.appendChild(document.createElement("div")));
    cleanups.push(() => root.unmount());
    root.render(<CredentialWidget {...options()} inline />);
    expect(await pickerStyles(shadow)).toEqual({ list: "grid", label: "600" });
    expect([adopted(shadow, CREDENTIAL_FORM_STYLE_ID), adopted(shadow, CREDENTIAL_WIDGET_STYLE_ID)]).toEqual([
      1, 1,
    ]);
  });
});

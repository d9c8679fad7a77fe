import { createMockApi, sandboxFetch, sandboxTemplate } from "@credential-form/test-utils";
import { waitFor } from "@testing-library/dom";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { sandboxForm } from "../test/sandboxForm.js";
import { CREDENTIAL_FORM_STYLE_ID } from "../theme/styles.js";

// A real browser: React updates flush on their own, no act() environment.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;

const MARK = Symbol.for("credential-form.stylesheet");
const HELLOBATON = sandboxTemplate("airbyte/source-hellobaton");
const api = createMockApi({ baseUrl: "https://api.form-styles.test" });
let token: string;
beforeAll(async () => {
  token = await api.widgetToken();
});

function oursIn(root: Document | ShadowRoot): CSSStyleSheet[] {
  return root.adoptedStyleSheets.filter(
    (sheet) => (sheet as CSSStyleSheet & { [MARK]?: string })[MARK] === CREDENTIAL_FORM_STYLE_ID,
  );
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** Renders the Hellobaton form into `container` (synchronously: the first commit is done on return). */
function renderForm(container: Element): void {
  const root = createRoot(container);
  cleanups.push(() => root.unmount());
  flushSync(() =>
    root.render(
      sandboxForm(api, { token, template: { id: HELLOBATON.id }, fetch: sandboxFetch(api.sandbox) }),
    ),
  );
}

function label(scope: ParentNode): Promise<HTMLElement> {
  return waitFor(
    () => {
      const element = scope.querySelector<HTMLElement>(".cf-label");
      if (!element) throw new Error("no label yet");
      return element;
    },
    { timeout: 15_000 },
  );
}

/** The skeleton line the form shows while loading (styled from the first commit, before paint). */
function skeletonHeight(scope: ParentNode): string {
  const line = scope.querySelector(".cf-skeleton-line");
  if (!line) throw new Error("no skeleton");
  return getComputedStyle(line).height;
}

// Order matters: the shadow root first, so the document has no styles of ours yet and cannot be what styles it.
describe("<CredentialForm> styles in Chromium", () => {
  it("styles a form rendered inside a shadow root, through one adopted sheet there, without a <style>", async () => {
    expect(oursIn(document)).toHaveLength(0);
    const host = document.body.appendChild(document.createElement("div"));
    cleanups.push(() => host.remove());
    const shadow = host.attachShadow({ mode: "open" });
    const container = shadow.appendChild(document.createElement("div"));
    renderForm(container);
    // Styled as soon as the first commit is done (2.25rem), not a frame later.
    expect(skeletonHeight(shadow)).toBe("36px");

    expect(getComputedStyle(await label(shadow)).fontWeight).toBe("600");
    expect(oursIn(shadow)).toHaveLength(1);
    // The styles went to the shadow root, not the document.
    expect(oursIn(document)).toHaveLength(0);
    expect(shadow.querySelector("style")).toBeNull();
    expect(document.getElementById(CREDENTIAL_FORM_STYLE_ID)).toBeNull();

    // A second form in the same shadow root adopts nothing more.
    const second = shadow.appendChild(document.createElement("div"));
    renderForm(second);
    expect(oursIn(shadow)).toHaveLength(1);
  });

  it("styles a form in the page (light DOM) through one adopted sheet, without a <style>", async () => {
    const container = document.body.appendChild(document.createElement("div"));
    cleanups.push(() => container.remove());
    renderForm(container);
    expect(skeletonHeight(container)).toBe("36px");
    expect(getComputedStyle(await label(container)).fontWeight).toBe("600");
    renderForm(container.appendChild(document.createElement("div")));
    expect(oursIn(document)).toHaveLength(1);
    expect(document.getElementById(CREDENTIAL_FORM_STYLE_ID)).toBeNull();
    expect(document.querySelector(`style#${CREDENTIAL_FORM_STYLE_ID}`)).toBeNull();
  });
});

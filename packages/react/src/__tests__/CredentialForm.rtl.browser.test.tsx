import { createMockApi, sandboxFetch, sandboxTemplate } from "@credential-form/test-utils";
import { waitFor } from "@testing-library/dom";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { sandboxForm } from "../test/sandboxForm.js";

// A real browser: React updates flush on their own, no act() environment.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;

const HELLOBATON = sandboxTemplate("airbyte/source-hellobaton");
const api = createMockApi({ baseUrl: "https://api.form-rtl.test" });
let token: string;
beforeAll(async () => {
  token = await api.widgetToken();
});

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** Renders the Hellobaton form in a 480px box with the given direction; resolves once the form is shown. */
async function renderIn(dir: "rtl" | "ltr"): Promise<HTMLElement> {
  const container = document.body.appendChild(document.createElement("div"));
  container.dir = dir;
  container.style.width = "480px";
  cleanups.push(() => container.remove());
  const root = createRoot(container);
  cleanups.push(() => root.unmount());
  flushSync(() =>
    root.render(
      sandboxForm(api, { token, template: { id: HELLOBATON.id }, fetch: sandboxFetch(api.sandbox) }),
    ),
  );
  await waitFor(
    () => {
      if (!container.querySelector(".cf-secret")) throw new Error("no form yet");
    },
    { timeout: 15_000 },
  );
  return container;
}

/** Where the text of a label (up to its required marker) is on screen; its box spans the whole column. */
function textBox(label: Element, marker: Element): DOMRect {
  const range = document.createRange();
  range.setStart(label, 0);
  range.setEndBefore(marker);
  return range.getBoundingClientRect();
}

function box(scope: ParentNode, selector: string): DOMRect {
  const element = scope.querySelector(selector);
  if (!element) throw new Error(`no ${selector}`);
  return element.getBoundingClientRect();
}

interface Layout {
  form: DOMRect;
  label: DOMRect;
  marker: DOMRect;
  input: DOMRect;
  toggle: DOMRect;
  submit: DOMRect;
}

function layout(scope: HTMLElement): Layout {
  const label = scope.querySelector(".cf-secret")?.closest(".cf-field")?.querySelector(".cf-label");
  const marker = label?.querySelector(".cf-required");
  if (!label || !marker) throw new Error("no label of the secret field");
  return {
    form: box(scope, ".cf-root"),
    label: textBox(label, marker),
    marker: marker.getBoundingClientRect(),
    input: box(scope, ".cf-secret input"),
    toggle: box(scope, ".cf-secret button"),
    submit: box(scope, ".cf-actions .cf-button-primary"),
  };
}

describe("<CredentialForm> right to left (dir=rtl) in Chromium", () => {
  it("mirrors the layout: labels, required markers, the secret toggle and the actions start on the right", async () => {
    const rtl = layout(await renderIn("rtl"));
    // Labels start at the right edge, the required marker follows the text on its left.
    expect(Math.abs(rtl.label.right - rtl.form.right)).toBeLessThan(2);
    expect(rtl.label.width).toBeGreaterThan(20);
    expect(rtl.marker.right).toBeLessThanOrEqual(rtl.label.left + 1);
    // The reveal button sits at the end of the line: left of the input.
    expect(rtl.toggle.right).toBeLessThanOrEqual(rtl.input.left);
    expect(Math.abs(rtl.input.right - rtl.form.right)).toBeLessThan(2);
    // The submit button starts the actions row on the right.
    expect(Math.abs(rtl.submit.right - rtl.form.right)).toBeLessThan(2);
  });

  it("and left to right, the same checks see the opposite (the measurements can tell)", async () => {
    const ltr = layout(await renderIn("ltr"));
    expect(Math.abs(ltr.label.left - ltr.form.left)).toBeLessThan(2);
    expect(ltr.marker.left).toBeGreaterThanOrEqual(ltr.label.right - 1);
    expect(ltr.toggle.left).toBeGreaterThanOrEqual(ltr.input.right);
    expect(Math.abs(ltr.submit.left - ltr.form.left)).toBeLessThan(2);
  });
});

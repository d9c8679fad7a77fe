// Visual regression: Chromium screenshots of the form's key states compared with the committed baselines in
// `__screenshots__/` (pixelmatch, small tolerance: see `browser.expect.toMatchScreenshot` in vite.config.ts).
// After an intended change of look: `pnpm test:visual:update`, then review and commit the new PNGs.
// The font is pinned (Inter from npm, served locally) and animations are off, so machines agree.
import "@fontsource/inter/latin-400.css";
import "@fontsource/inter/latin-600.css";
import "@fontsource/inter/latin-700.css";
import { createMockApi, sandboxTemplate } from "@credential-form/test-utils";
import { waitFor } from "@testing-library/dom";
import type { ReactElement } from "react";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import type { CredentialFormCreateProps } from "../CredentialForm.js";
import { mount as mountInPage } from "../test/browserRoot.js";
import { oauthSettled } from "../test/oauthSettled.js";
import { sandboxForm } from "../test/sandboxForm.js";
import { waitForElement } from "../test/waitForElement.js";
import { CredentialWidget } from "../widget/CredentialWidget.js";

// A real browser: React updates flush on their own, no act() environment.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;

const api = createMockApi({ baseUrl: "https://api.visual.test" });
const sandboxFetch: typeof fetch = async (input, init) => api.sandbox.handle(new Request(input, init));
let token: string;

beforeAll(async () => {
  token = await api.widgetToken();
  const style = document.head.appendChild(document.createElement("style"));
  style.textContent =
    "html,body{margin:0;background:#fff;font-family:Inter,sans-serif}" +
    "*,*::before,*::after{animation:none!important;transition:none!important;caret-color:transparent!important}";
  await Promise.all(["400", "600", "700"].map((weight) => document.fonts.load(`${weight} 16px Inter`)));
  await document.fonts.ready;
});

function mount(element: ReactElement): HTMLElement {
  return mountInPage(element, (container) => {
    container.dataset.testid = "shot";
    // Exactly the viewport: a taller element would make the runner scale the page down to fit its window.
    container.style.cssText = "padding:16px;height:100vh;overflow:hidden;box-sizing:border-box";
  });
}

function form(connector: string, props: Partial<CredentialFormCreateProps> = {}): ReactElement {
  return sandboxForm(api, {
    token,
    template: { id: sandboxTemplate(connector).id },
    fetch: sandboxFetch,
    ...props,
  });
}

async function find<T extends Element>(scope: ParentNode, selector: string): Promise<T> {
  return waitForElement<T>(scope, selector, { timeout: 20_000 });
}

/** Waits until `connector`'s form is ready and, for an OAuth connector, shows its final shape (Connect button). */
async function ready(container: HTMLElement, connector: string): Promise<void> {
  await find(container, 'button[type="submit"]');
  await oauthSettled(container, connector);
}

/** Waits until every image in `scope` has loaded (the connector icons are data: URLs). */
async function imagesLoaded(scope: ParentNode): Promise<void> {
  await Promise.all([...scope.querySelectorAll("img")].map((img) => img.decode().catch(() => {})));
}

async function expandEverything(scope: HTMLElement): Promise<void> {
  for (;;) {
    const closed = scope.querySelector<HTMLButtonElement>('.cf-disclosure-toggle[aria-expanded="false"]');
    if (!closed) return;
    await userEvent.click(closed);
  }
}

let width = 1280;

/** Sets the viewport width; the height stays at the runner's window height (720 px), so nothing is scaled. */
async function viewport(next: number): Promise<void> {
  width = next;
  await page.viewport(width, 720);
}

async function shot(name: string, scope: HTMLElement): Promise<void> {
  await imagesLoaded(scope);
  (document.activeElement as HTMLElement | null)?.blur();
  await expect.element(page.elementLocator(scope)).toMatchScreenshot(name);
}

describe("visual regression (Chromium)", () => {
  beforeEach(() => viewport(1280));

  it("ready form, 1280 px", async () => {
    const container = mount(form("airbyte/source-github"));
    await ready(container, "airbyte/source-github");
    await shot("ready-1280", container);
  });

  it("ready form, 320 px", async () => {
    await viewport(320);
    const container = mount(form("airbyte/source-github"));
    await ready(container, "airbyte/source-github");
    await shot("ready-320", container);
  });

  it("loading", async () => {
    const never: typeof fetch = (input, init) =>
      String(input instanceof Request ? input.url : input).includes("/registries/")
        ? new Promise(() => {})
        : sandboxFetch(input, init);
    const container = mount(form("airbyte/source-hellobaton", { fetch: never }));
    await find(container, ".cf-skeleton");
    await shot("loading", container);
  });

  it("load error", async () => {
    const failing: typeof fetch = (input, init) =>
      String(input instanceof Request ? input.url : input).includes("/registries/")
        ? Promise.resolve(new Response("{}", { status: 500 }))
        : sandboxFetch(input, init);
    const container = mount(form("airbyte/source-hellobaton", { fetch: failing }));
    await find(container, '[role="alert"]');
    await shot("load-error", container);
  });

  it("validation errors", async () => {
    const container = mount(form("airbyte/source-hellobaton"));
    await userEvent.click(await find<HTMLElement>(container, 'button[type="submit"]'));
    const firstInvalid = await find<HTMLElement>(container, '[aria-invalid="true"]');
    // The focus moves to the first invalid field a task after the errors show; `shot` takes it away again.
    // The click has focused Submit, so wait for the field itself, not for any focus in the form.
    await waitFor(() => expect(document.activeElement).toBe(firstInvalid));
    await shot("validation-errors", container);
  });

  it("success", async () => {
    const container = mount(form("airbyte/source-hellobaton"));
    const example = sandboxTemplate("airbyte/source-hellobaton").example_user_config as Record<
      string,
      string
    >;
    await find(container, 'button[type="submit"]');
    for (const [key, value] of Object.entries(example)) {
      const input = await find<HTMLInputElement>(container, `input[id$="_${key}"]`);
      await userEvent.fill(input, value);
    }
    await userEvent.click(await find<HTMLElement>(container, 'button[type="submit"]'));
    await find(container, ".cf-success");
    await shot("success", container);
  });

  it("dark theme", async () => {
    const container = mount(form("airbyte/source-github", { colorScheme: "dark" }));
    await ready(container, "airbyte/source-github");
    await expandEverything(container);
    container.style.background = "#16171d";
    await shot("dark", container);
  });

  it("a large connector with every section open, 1280 px", async () => {
    const container = mount(form("airbyte/source-facebook-marketing"));
    await ready(container, "airbyte/source-facebook-marketing");
    await expandEverything(container);
    await shot("large-1280", container);
  });

  it("a large connector with every section open, 320 px", async () => {
    await viewport(320);
    const container = mount(form("airbyte/source-facebook-marketing"));
    await ready(container, "airbyte/source-facebook-marketing");
    await expandEverything(container);
    await shot("large-320", container);
  });

  for (const [dialogWidth, height] of [
    [1280, 720],
    [320, 640],
  ] as const) {
    it(`widget dialog, ${dialogWidth} px`, async () => {
      await page.viewport(dialogWidth, height);
      mount(
        <CredentialWidget
          // An end user without connections (the tests above create some): the dialog opens on the picker.
          token={await api.widgetToken({ externalUserId: `visual-widget-${dialogWidth}` })}
          defaultOpen
          baseUrl={api.baseUrl}
          registryUrl={api.registryUrl}
          fetch={sandboxFetch}
        />,
      );
      const dialog = await find<HTMLElement>(document, '[role="dialog"]');
      await find(dialog, ".cf-picker-option");
      await shot(`widget-dialog-${dialogWidth}`, dialog);
    });
  }
});

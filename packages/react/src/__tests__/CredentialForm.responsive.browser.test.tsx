import { createMockApi, sandboxTemplate } from "@credential-form/test-utils";
import { waitFor } from "@testing-library/dom";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { CredentialForm } from "../CredentialForm.js";
import { mount } from "../test/browserRoot.js";
import { oauthSettled } from "../test/oauthSettled.js";
import { waitForElement } from "../test/waitForElement.js";
import { CredentialWidget } from "../widget/CredentialWidget.js";

// A real browser: React updates flush on their own, no act() environment.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;

// Large real connectors of the registry fixture: arrays, oneOf options with nested objects, long descriptions.
const LARGE = ["airbyte/source-facebook-marketing", "airbyte/source-google-analytics-data-api"];
const api = createMockApi({ baseUrl: "https://api.responsive.test" });
const sandboxFetch: typeof fetch = async (input, init) => api.sandbox.handle(new Request(input, init));
let token: string;
beforeAll(async () => {
  token = await api.widgetToken();
});

afterEach(async () => {
  await page.viewport(414, 896);
});

async function submitButton(scope: ParentNode): Promise<HTMLElement> {
  return waitForElement<HTMLElement>(scope, 'button[type="submit"]', { timeout: 20_000 });
}

/** Opens every collapsed section, including those inside opened ones, and adds an item to every array. */
async function expandEverything(scope: HTMLElement): Promise<void> {
  for (;;) {
    const closed = scope.querySelector<HTMLButtonElement>('.cf-disclosure-toggle[aria-expanded="false"]');
    if (!closed) break;
    await userEvent.click(closed);
    await waitFor(() => expect(closed).toHaveAttribute("aria-expanded", "true"));
  }
  for (const add of scope.querySelectorAll<HTMLButtonElement>(".cf-array-add")) await userEvent.click(add);
}

const INTERACTIVE =
  'a[href], button, input:not([type="hidden"]), select, textarea, [tabindex]:not([tabindex="-1"])';

/** Every shown control smaller than 24×24 CSS px (WCAG 2.2 target size, minimum), described. */
function smallTargets(scope: ParentNode): string[] {
  return [...scope.querySelectorAll<HTMLElement>(INTERACTIVE)]
    .filter((element) => element.getClientRects().length > 0 && !element.closest(".cf-visually-hidden"))
    .map((element) => ({ element, box: element.getBoundingClientRect() }))
    .filter(({ box }) => box.width < 24 || box.height < 24)
    .map(
      ({ element, box }) =>
        `${element.tagName.toLowerCase()}#${element.id || element.className} ${box.width.toFixed(1)}×${box.height.toFixed(1)}`,
    );
}

/** Elements wider than the viewport (what makes a page scroll sideways), described. */
function overflowing(scope: ParentNode): string[] {
  const width = document.documentElement.clientWidth;
  return [...scope.querySelectorAll<HTMLElement>("*")]
    .filter((element) => element.getBoundingClientRect().right > width + 0.5)
    .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
}

describe("responsive layout in Chromium", () => {
  for (const connector of LARGE) {
    it(`${connector} at 320 px: no horizontal scroll, every control at least 24×24`, async () => {
      await page.viewport(320, 640);
      const template = sandboxTemplate(connector);
      const container = mount(
        <CredentialForm
          token={token}
          template={{ id: template.id }}
          baseUrl={api.baseUrl}
          registryUrl={api.registryUrl}
          fetch={sandboxFetch}
          onCancel={() => {}}
        />,
      );
      await submitButton(container);
      await oauthSettled(container, connector);
      await expandEverything(container);
      const fields = container.querySelectorAll("input, select, textarea").length;
      expect(fields).toBeGreaterThan(10);
      expect(overflowing(container)).toEqual([]);
      const html = document.documentElement;
      expect(html.scrollWidth).toBeLessThanOrEqual(html.clientWidth);
      expect(smallTargets(container)).toEqual([]);
    });
  }

  it("the widget dialog fills a small viewport, and is a centred box on a large one", async () => {
    await page.viewport(320, 640);
    mount(
      <CredentialWidget
        token={token}
        defaultOpen
        baseUrl={api.baseUrl}
        registryUrl={api.registryUrl}
        fetch={sandboxFetch}
      />,
    );
    const dialog = await waitFor(
      () => {
        const element = document.querySelector<HTMLElement>('[role="dialog"]');
        if (!element?.querySelector(".cf-picker-option")) throw new Error("no picker yet");
        return element;
      },
      { timeout: 20_000 },
    );
    const small = dialog.getBoundingClientRect();
    expect([small.left, small.top, small.width, small.height]).toEqual([0, 0, 320, 640]);
    expect(smallTargets(dialog)).toEqual([]);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    await page.viewport(1280, 800);
    await waitFor(() => expect(dialog.getBoundingClientRect().width).toBeLessThan(1280));
    const large = dialog.getBoundingClientRect();
    expect(large.left).toBeGreaterThan(0);
    expect(large.top).toBeGreaterThan(0);
  });
});

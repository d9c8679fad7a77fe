// End to end in Chromium: the drop-in widget's OAuth consent in full-page redirect mode. The browser blocks the
// popup, the user continues in this tab on the sandbox's consent page, the demo's oauth-callback.html sends the tab
// back, and the widget opens again on HubSpot's form with the non-secret values restored and Connected. Back from
// the consent page instead leaves no draft in sessionStorage.
import type { Page } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, chooseTemplate, unexpectedConsoleErrors } from "./demoActions.js";
import { type DemoStack, startDemoStack } from "./startDemoStack.js";

const MASK = "**********";
const HUBSPOT_TEMPLATE = "49dc747f-d2cf-4f22-8b86-572940b33b46";
let stack: DemoStack;

beforeAll(async () => {
  stack = await startDemoStack();
});
afterAll(async () => {
  await stack?.close();
});

/** The credential-form keys in the page's sessionStorage. */
function storedKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.startsWith("credential-form:")));
}

/** In Widget mode: opens the widget on HubSpot's form and types a lookback window of 9 (a value to bring back). */
async function openHubSpotInWidget(page: Page) {
  await page.getByRole("group", { name: "Integration" }).getByRole("radio", { name: "Widget" }).check();
  await page.getByRole("button", { name: "Connect a source", exact: true }).click();
  const picker = page.getByRole("dialog", { name: "Connect a source" });
  await picker.getByRole("list", { name: "Sources" }).waitFor({ timeout: 30_000 });
  await picker.getByRole("button", { name: "HubSpot" }).click();
  const dialog = page.getByRole("dialog", { name: "Connect HubSpot" });
  await dialog.getByRole("button", { name: "Connect with HubSpot" }).waitFor({ timeout: 30_000 });
  await dialog
    .getByRole("button", { name: /^More options/ })
    .last()
    .click();
  await dialog.getByRole("spinbutton", { name: /^Lookback window/i }).fill("9");
  return dialog;
}

/** Blocks the popup, clicks Connect, then "Continue in this tab"; resolves on the sandbox's consent page. */
async function continueInTab(page: Page, scope: ReturnType<Page["locator"]>, connector = "HubSpot") {
  await page.evaluate(() => {
    window.open = () => null;
  });
  await scope.getByRole("button", { name: `Connect with ${connector}` }).click();
  await scope.locator(".cf-oauth-error").waitFor({ timeout: 15_000 });
  await Promise.all([
    page.waitForURL(/\/oauth\/consent\//, { timeout: 15_000 }),
    scope.getByRole("button", { name: "Continue in this tab" }).click(),
  ]);
  await page.getByRole("heading", { name: `Allow ${connector} access?` }).waitFor({ timeout: 15_000 });
}

describe("OAuth in the widget's full-page redirect mode (popup blocked, continue in this tab)", () => {
  it("comes back with the widget open on HubSpot's form, values restored, Connected; submit creates the source", async () => {
    const user = "e2e-oauth-widget-redirect";
    const { page, context, consoleErrors } = await stack.open(user);
    const dialog = await openHubSpotInWidget(page);
    const widgetUrl = page.url();
    expect(new URL(widgetUrl).searchParams.get("mode")).toBe("widget");
    await continueInTab(page, dialog);
    await Promise.all([
      page.waitForURL((url) => url.href === widgetUrl, { timeout: 15_000 }),
      page.getByRole("button", { name: "Allow", exact: true }).click(),
    ]);

    // The page loaded again: the widget opens itself on HubSpot's form and takes the consent's result.
    const back = page.getByRole("dialog", { name: "Connect HubSpot" });
    await back.locator(".cf-oauth-connected").waitFor({ timeout: 30_000 });
    await expect(back.locator(".cf-oauth-connected").textContent()).resolves.toContain("Connected ✓");
    await expect(back.getAttribute("aria-modal")).resolves.toBe("true");
    await back
      .getByRole("button", { name: /^More options/ })
      .last()
      .click();
    await expect(back.getByRole("spinbutton", { name: /^Lookback window/i }).inputValue()).resolves.toBe("9");
    // One use: the keys are gone.
    await expect(storedKeys(page)).resolves.toEqual([]);
    await stack.screenshot(page, "oauth-widget-redirect-connected");
    await expect(axeViolations(page)).resolves.toEqual([]);

    await back.getByRole("button", { name: "Submit", exact: true }).click();
    await page.getByRole("dialog", { name: "Source connected" }).waitFor({ timeout: 30_000 });
    const stored = await stack.sourcesOf(user);
    expect(stored).toHaveLength(1);
    expect(stored[0]?.source_template_id).toBe(HUBSPOT_TEMPLATE);
    expect(stored[0]?.configuration).toMatchObject({ lookback_window: 9 });
    expect(stored[0]?.configuration.credentials).toMatchObject({ refresh_token: MASK, client_secret: MASK });
    expect(unexpectedConsoleErrors(consoleErrors)).toEqual([]);
    await context.close();
  });

  it("Back from the consent page: the widget stays closed and no draft is left in sessionStorage", async () => {
    const { page, context, consoleErrors } = await stack.open("e2e-oauth-widget-back");
    const dialog = await openHubSpotInWidget(page);
    const widgetUrl = page.url();
    await continueInTab(page, dialog);
    await page.goBack({ waitUntil: "load" });
    expect(page.url()).toBe(widgetUrl);
    await page.getByRole("button", { name: "Connect a source", exact: true }).waitFor({ timeout: 30_000 });
    await page.waitForFunction(
      () => !Object.keys(sessionStorage).some((key) => key.startsWith("credential-form:")),
      undefined,
      { timeout: 15_000 },
    );
    await expect(page.getByRole("dialog").count()).resolves.toBe(0);
    expect(unexpectedConsoleErrors(consoleErrors)).toEqual([]);
    await context.close();
  });

  it("Back from the consent page to the inline form: the form shows Connect again, no draft is left", async () => {
    const { page, context, consoleErrors } = await stack.open("e2e-oauth-inline-back");
    await chooseTemplate(page, "HubSpot");
    const form = page.locator(".cf-root");
    await form.getByRole("button", { name: "Connect with HubSpot" }).waitFor({ timeout: 30_000 });
    await continueInTab(page, form);
    await page.goBack({ waitUntil: "load" });
    await form.getByRole("button", { name: "Connect with HubSpot" }).waitFor({ timeout: 30_000 });
    await page.waitForFunction(
      () => !Object.keys(sessionStorage).some((key) => key.startsWith("credential-form:")),
      undefined,
      { timeout: 15_000 },
    );
    await expect(form.locator(".cf-oauth-status").count()).resolves.toBe(0);
    expect(unexpectedConsoleErrors(consoleErrors)).toEqual([]);
    await context.close();
  });
});

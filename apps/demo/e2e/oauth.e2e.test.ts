// End to end in Chromium: the OAuth consent flow with a real popup. The demo's form (HubSpot, `advanced_auth`)
// opens the sandbox's consent page in a popup; Allow / Deny there sends the popup to the demo's own
// oauth-callback.html, which hands the result to the form and closes the popup.
import type { Page } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  axeViolations,
  CREATE_PATH,
  chooseTemplate,
  isCreate,
  submitButton,
  unexpectedConsoleErrors,
  waitForSuccess,
} from "./demoActions.js";
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

/** The form's "Connect with HubSpot" button. */
function connectButton(page: Page) {
  return page.locator(".cf-root").getByRole("button", { name: "Connect with HubSpot" });
}

/** Clicks Connect and returns the consent popup once it shows the sandbox's consent page. */
async function openConsent(page: Page): Promise<Page> {
  const [popup] = await Promise.all([page.waitForEvent("popup"), connectButton(page).click()]);
  await popup.getByRole("heading", { name: "Allow HubSpot access?" }).waitFor({ timeout: 15_000 });
  return popup;
}

/** Answers the consent page and waits until the callback page has closed the popup. */
async function answer(popup: Page, decision: "Allow" | "Deny"): Promise<void> {
  const closed = popup.waitForEvent("close", { timeout: 15_000 });
  await popup.getByRole("button", { name: decision, exact: true }).click();
  await closed;
}

/** Every URL the page and its popups requested, to check that the secret id never lands in one it should not. */
function recordUrls(page: Page): string[] {
  const urls: string[] = [];
  page.context().on("request", (request) => urls.push(request.url()));
  return urls;
}

describe("OAuth with a real popup (HubSpot against the sandbox)", () => {
  it("connect: the popup opens the consent page, Allow closes it, Connected ✓, submit stores masked OAuth fields", async () => {
    const user = "e2e-oauth-connect";
    const { page, context, consoleErrors } = await stack.open(user);
    const urls = recordUrls(page);
    const bodies: string[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST" && isCreate(request.url())) bodies.push(request.postData() ?? "");
    });
    await chooseTemplate(page, "HubSpot");
    // The OAuth fields are not asked for: the button takes their place.
    await connectButton(page).waitFor();
    await expect(page.getByLabel(/refresh token/i).count()).resolves.toBe(0);
    await expect(axeViolations(page)).resolves.toEqual([]);

    const popup = await openConsent(page);
    // Opened as a popup of about 600×700, not as a tab.
    const size = await popup.evaluate(() => ({ w: window.outerWidth, h: window.outerHeight }));
    expect(size.w).toBeGreaterThan(500);
    expect(size.w).toBeLessThan(800);
    await expect(page.locator(".cf-oauth-status").textContent()).resolves.toContain(
      "Waiting for you to finish",
    );
    await answer(popup, "Allow");

    const connected = page.locator(".cf-root .cf-oauth-connected");
    await connected.waitFor({ timeout: 15_000 });
    await expect(connected.textContent()).resolves.toContain("Connected ✓");
    await expect(page.locator(".cf-root").getByRole("button", { name: "Reconnect" }).count()).resolves.toBe(
      1,
    );
    await stack.screenshot(page, "oauth-hubspot-connected");
    await expect(axeViolations(page)).resolves.toEqual([]);

    // The secret id went through the callback page's URL only (once, then removed from its address bar).
    const callback = urls.filter((url) => new URL(url).pathname === "/oauth-callback.html");
    expect(callback).toHaveLength(1);
    const secretId = new URL(callback[0] ?? "").searchParams.get("secret_id") ?? "";
    expect(secretId).toMatch(/^sandbox-oauth-/);
    expect(new URL(callback[0] ?? "").searchParams.get("state")).toMatch(/^[0-9a-f]{32}$/);
    expect(await page.content()).not.toContain(secretId);

    await submitButton(page).click();
    await expect(waitForSuccess(page)).resolves.toContain("Your source has been created.");
    // The create sends the secret id, not OAuth fields the user never had.
    expect(bodies).toHaveLength(1);
    const sent = JSON.parse(bodies[0] ?? "{}") as Record<string, unknown>;
    expect(sent.server_side_oauth_secret_id).toBe(secretId);
    expect(JSON.stringify(sent)).not.toContain("refresh_token");

    const stored = await stack.sourcesOf(user);
    expect(stored).toHaveLength(1);
    expect(stored[0]?.source_template_id).toBe(HUBSPOT_TEMPLATE);
    expect(stored[0]?.configuration.credentials).toEqual({
      credentials_title: "OAuth Credentials",
      client_id: "sandbox-hubspot-client-id",
      client_secret: MASK,
      refresh_token: MASK,
    });
    // Nothing else the browser asked for carried the secret id (the create sends it in its body).
    expect(urls.filter((url) => url.includes(secretId))).toEqual(callback);
    await expect(page.getByRole("log", { name: "Activity" }).textContent()).resolves.not.toContain(secretId);
    expect(unexpectedConsoleErrors(consoleErrors)).toEqual([]);
    await context.close();
  });

  it("deny: the popup closes, the form says access was denied, nothing is created; connecting again works", async () => {
    const user = "e2e-oauth-deny";
    const { page, context, consoleErrors } = await stack.open(user);
    await chooseTemplate(page, "HubSpot");
    await answer(await openConsent(page), "Deny");
    const alert = page.locator(".cf-root .cf-oauth-error");
    await alert.waitFor({ timeout: 15_000 });
    await expect(alert.textContent()).resolves.toBe("Access was denied. Connect again to continue. ");
    await stack.screenshot(page, "oauth-hubspot-denied");
    await expect(axeViolations(page)).resolves.toEqual([]);

    // Submitting now asks to connect; the sandbox gets no create.
    await submitButton(page).click();
    await page.getByText("Connect with HubSpot to continue.").first().waitFor();
    await expect(stack.sourcesOf(user)).resolves.toEqual([]);

    await answer(await openConsent(page), "Allow");
    await page.locator(".cf-root .cf-oauth-connected").waitFor({ timeout: 15_000 });
    await expect(page.locator(".cf-root .cf-oauth-error").count()).resolves.toBe(0);
    await submitButton(page).click();
    await waitForSuccess(page);
    await expect(stack.sourcesOf(user)).resolves.toHaveLength(1);
    expect(unexpectedConsoleErrors(consoleErrors)).toEqual([]);
    await context.close();
  });

  it("closing the popup: the form says so and the button works again", async () => {
    const { page, context, consoleErrors } = await stack.open("e2e-oauth-close");
    await chooseTemplate(page, "HubSpot");
    const popup = await openConsent(page);
    await expect(connectButton(page).isDisabled()).resolves.toBe(true);
    await popup.close();
    const alert = page.locator(".cf-root .cf-oauth-error");
    await alert.waitFor({ timeout: 15_000 });
    await expect(alert.textContent()).resolves.toContain(
      "The consent window was closed before you finished.",
    );
    await expect(connectButton(page).isEnabled()).resolves.toBe(true);
    await expect(stack.sourcesOf("e2e-oauth-close")).resolves.toEqual([]);
    expect(unexpectedConsoleErrors(consoleErrors)).toEqual([]);
    await context.close();
  });

  it("expired secret: the create is refused, the form asks to reconnect, reconnecting creates the source", async () => {
    const user = "e2e-oauth-expired";
    const { page, context, consoleErrors } = await stack.open(user);
    await chooseTemplate(page, "HubSpot");
    await answer(await openConsent(page), "Allow");
    await page.locator(".cf-root .cf-oauth-connected").waitFor({ timeout: 15_000 });

    // The secret expires on the server before the user submits.
    const expired = await fetch(`${stack.sandbox.url}/__sandbox/oauth/expire`, { method: "POST" });
    expect(expired.status).toBe(200);
    // The check before the create (or the create) meets the expired secret id.
    const statuses: number[] = [];
    page.on("response", (response) => {
      const post = response.request().method() === "POST";
      if (post && new URL(response.url()).pathname.startsWith(CREATE_PATH)) statuses.push(response.status());
    });
    await submitButton(page).click();
    const alert = page.locator(".cf-root .cf-oauth-error");
    await alert.waitFor({ timeout: 15_000 });
    await expect(alert.textContent()).resolves.toContain("The connection expired. Reconnect to continue.");
    expect(statuses).toEqual([422]);
    await expect(stack.sourcesOf(user)).resolves.toEqual([]);
    await stack.screenshot(page, "oauth-hubspot-expired");

    await answer(await openConsent(page), "Allow");
    await page.locator(".cf-root .cf-oauth-connected").waitFor({ timeout: 15_000 });
    await submitButton(page).click();
    await waitForSuccess(page);
    const stored = await stack.sourcesOf(user);
    expect(stored).toHaveLength(1);
    expect(stored[0]?.configuration.credentials).toMatchObject({ refresh_token: MASK });
    expect(unexpectedConsoleErrors(consoleErrors, [422])).toEqual([]);
    await context.close();
  });

  it("a field needed before consent (Zendesk Chat's subdomain) is asked first and reaches the consent", async () => {
    const user = "e2e-oauth-zendesk";
    await stack.addTemplate({
      name: "Zendesk Chat",
      docker_repository: "airbyte/source-zendesk-chat",
      partial_default_config: {},
    });
    const { page, context, consoleErrors } = await stack.open(user);
    const initiated: string[] = [];
    page.on("request", (request) => {
      if (request.url().endsWith("/oauth/initiate")) initiated.push(request.postData() ?? "");
    });
    await chooseTemplate(page, "Zendesk Chat");
    const connect = page.locator(".cf-root").getByRole("button", { name: "Connect with Zendesk Chat" });
    // Without the subdomain no popup opens: the form names the missing field.
    let popups = 0;
    page.on("popup", () => popups++);
    await connect.click();
    const alert = page.locator(".cf-root .cf-oauth-error");
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain("Fill in these fields first: Subdomain");
    expect(popups).toBe(0);
    expect(initiated).toEqual([]);

    await page.getByLabel(/^Subdomain/).fill("acme");
    await page.getByLabel(/^Start Date/).fill("2024-01-01T00:00:00Z");
    const [popup] = await Promise.all([page.waitForEvent("popup"), connect.click()]);
    await popup.getByRole("heading", { name: "Allow Zendesk Chat access?" }).waitFor({ timeout: 15_000 });
    await answer(popup, "Allow");
    await page.locator(".cf-root .cf-oauth-connected").waitFor({ timeout: 15_000 });
    expect(initiated).toHaveLength(1);
    expect(JSON.parse(initiated[0] ?? "{}")).toMatchObject({
      oauth_input_configuration: { subdomain: "acme" },
    });

    await submitButton(page).click();
    await waitForSuccess(page);
    const stored = await stack.sourcesOf(user);
    expect(stored).toHaveLength(1);
    expect(stored[0]?.configuration).toMatchObject({
      subdomain: "acme",
      credentials: { credentials: "oauth2.0", access_token: MASK },
    });
    expect(unexpectedConsoleErrors(consoleErrors)).toEqual([]);
    await context.close();
  });
});

describe("OAuth in full-page redirect mode (the popup is blocked, the user continues in this tab)", () => {
  it("goes to the sandbox's consent page in this tab, Allow comes back Connected, submit creates with the secret id", async () => {
    const user = "e2e-oauth-redirect";
    const { page, context, consoleErrors } = await stack.open(user);
    const bodies: string[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST" && isCreate(request.url())) bodies.push(request.postData() ?? "");
    });
    // Every sessionStorage write of the demo's pages, recorded (the consent page is on the sandbox's origin).
    const writes: string[] = [];
    await context.exposeBinding("recordStorageWrite", (_source, key: string, value: string) => {
      writes.push(`${key}=${value}`);
    });
    await context.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
        (window as unknown as { recordStorageWrite(k: string, v: string): void }).recordStorageWrite(
          key,
          value,
        );
        setItem.call(this, key, value);
      };
    });
    await page.reload();
    await chooseTemplate(page, "HubSpot");
    // A value the form must bring back: "Lookback window", in the collapsed optional section.
    await page
      .locator(".cf-root")
      .getByRole("button", { name: /^More options/ })
      .last()
      .click();
    const lookback = page.locator(".cf-root").getByRole("spinbutton", { name: /^Lookback window/i });
    await lookback.fill("9");
    // A popup blocker: window.open gives nothing.
    await page.evaluate(() => {
      window.open = () => null;
    });
    await connectButton(page).click();
    const alert = page.locator(".cf-root .cf-oauth-error");
    await alert.waitFor({ timeout: 15_000 });
    await expect(alert.textContent()).resolves.toContain("Your browser blocked the consent window.");
    await expect(axeViolations(page)).resolves.toEqual([]);
    const formUrl = page.url();
    expect(new URL(formUrl).searchParams.get("template")).toBe(HUBSPOT_TEMPLATE);

    await Promise.all([
      page.waitForURL(/\/oauth\/consent\//, { timeout: 15_000 }),
      page.locator(".cf-root").getByRole("button", { name: "Continue in this tab" }).click(),
    ]);
    await page.getByRole("heading", { name: "Allow HubSpot access?" }).waitFor({ timeout: 15_000 });
    // What the form kept before it left: its URL and its draft (with the value typed), and no secret.
    const kept = writes.filter((entry) => entry.startsWith("credential-form:"));
    expect(kept).toHaveLength(2);
    expect(kept).toContain(`${kept[1]?.split("=")[0]}=${formUrl}`);
    expect(kept[0]).toMatch(/^credential-form:oauth-draft:[0-9a-f]{32}=.*"lookback_window":9/);

    await Promise.all([
      page.waitForURL(
        (url) => url.pathname === "/" && url.searchParams.get("template") === HUBSPOT_TEMPLATE,
        {
          timeout: 15_000,
        },
      ),
      page.getByRole("button", { name: "Allow", exact: true }).click(),
    ]);
    expect(page.url()).toBe(formUrl);
    // The callback page stored the result (the secret id is the consent's answer, not a connector secret).
    expect(writes.filter((entry) => entry.startsWith("credential-form:"))).toHaveLength(3);
    expect(writes.join("\n")).not.toMatch(/client_secret|refresh_token|sandbox-hubspot-client-secret/);
    const connected = page.locator(".cf-root .cf-oauth-connected");
    await connected.waitFor({ timeout: 30_000 });
    await expect(connected.textContent()).resolves.toContain("Connected ✓");
    await page
      .locator(".cf-root")
      .getByRole("button", { name: /^More options/ })
      .last()
      .click();
    await expect(lookback.inputValue()).resolves.toBe("9");
    // One use: the keys are gone.
    await expect(page.evaluate(() => sessionStorage.length)).resolves.toBe(0);
    await stack.screenshot(page, "oauth-hubspot-redirect-connected");

    await submitButton(page).click();
    await expect(waitForSuccess(page)).resolves.toContain("Your source has been created.");
    expect(bodies).toHaveLength(1);
    const sent = JSON.parse(bodies[0] ?? "{}") as Record<string, unknown>;
    expect(sent.server_side_oauth_secret_id).toMatch(/^sandbox-oauth-/);
    const sources = await stack.sourcesOf(user);
    expect(sources).toHaveLength(1);
    expect(sources[0]?.source_template_id).toBe(HUBSPOT_TEMPLATE);
    expect(sources[0]?.configuration.credentials).toMatchObject({ refresh_token: MASK });
    expect(unexpectedConsoleErrors(consoleErrors)).toEqual([]);
    await context.close();
  });
});

describe("OAuth inside the drop-in widget's dialog", () => {
  it("picks HubSpot, connects in a real popup, the dialog stays open and modal, submit creates the source", async () => {
    const user = "e2e-oauth-widget";
    const { page, context, consoleErrors } = await stack.open(user);
    const initiated: string[] = [];
    page.on("request", (request) => {
      if (request.url().endsWith("/oauth/initiate")) initiated.push(request.postData() ?? "");
    });
    await page.getByRole("group", { name: "Integration" }).getByRole("radio", { name: "Widget" }).check();
    await page.getByRole("button", { name: "Connect a source", exact: true }).click();
    const picker = page.getByRole("dialog", { name: "Connect a source" });
    await picker.getByRole("list", { name: "Sources" }).waitFor({ timeout: 30_000 });
    await picker.getByRole("button", { name: "HubSpot" }).click();

    const dialog = page.getByRole("dialog", { name: "Connect HubSpot" });
    const connect = dialog.getByRole("button", { name: "Connect with HubSpot" });
    await connect.waitFor({ timeout: 30_000 });
    await expect(dialog.getByLabel(/refresh token/i).count()).resolves.toBe(0);
    const [popup] = await Promise.all([page.waitForEvent("popup"), connect.click()]);
    await popup.getByRole("heading", { name: "Allow HubSpot access?" }).waitFor({ timeout: 15_000 });
    await answer(popup, "Allow");

    await dialog.locator(".cf-oauth-connected").waitFor({ timeout: 15_000 });
    await expect(dialog.getAttribute("aria-modal")).resolves.toBe("true");
    // The redirect URL the widget gave the sandbox is the demo's callback page.
    expect(initiated).toHaveLength(1);
    const redirect = new URL((JSON.parse(initiated[0] ?? "{}") as { redirect_url: string }).redirect_url);
    expect(`${redirect.origin}${redirect.pathname}`).toBe(`${stack.demoUrl}/oauth-callback.html`);
    await stack.screenshot(page, "oauth-widget-connected");
    await expect(axeViolations(page)).resolves.toEqual([]);

    await dialog.getByRole("button", { name: "Submit", exact: true }).click();
    await page.getByRole("dialog", { name: "Source connected" }).waitFor({ timeout: 30_000 });
    const stored = await stack.sourcesOf(user);
    expect(stored).toHaveLength(1);
    expect(stored[0]?.source_template_id).toBe(HUBSPOT_TEMPLATE);
    expect(stored[0]?.configuration.credentials).toMatchObject({ refresh_token: MASK, client_secret: MASK });
    expect(unexpectedConsoleErrors(consoleErrors)).toEqual([]);
    await context.close();
  });
});

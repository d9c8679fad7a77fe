// End to end in Chromium: each failure the sandbox can produce, and how the demo + form recover from it.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  CREATE_PATH,
  chooseTemplate,
  fieldErrors,
  fillHellobaton,
  formAlert,
  HELLOBATON,
  isCreate,
  sourceRows,
  submitButton,
  unexpectedConsoleErrors,
  waitForSuccess,
} from "./demoActions.js";
import { type DemoStack, startDemoStack } from "./startDemoStack.js";

let stack: DemoStack;

beforeAll(async () => {
  stack = await startDemoStack();
});
afterEach(() => {
  stack?.sandbox.sandbox.faults.clear();
});
afterAll(async () => {
  await stack?.close();
});

/** Opens the demo as a fresh user with the Hellobaton form filled in. */
async function openFilledHellobaton(user: string) {
  const opened = await stack.open(user);
  await chooseTemplate(opened.page, "Hellobaton");
  await fillHellobaton(opened.page);
  return opened;
}

describe("faults", () => {
  it("expired token: the sandbox answers 401, the form gets a fresh token from the host and succeeds", async () => {
    const user = "e2e-expired";
    const { page, context, consoleErrors, tokenRequests } = await openFilledHellobaton(user);
    const before = tokenRequests();
    // 25 minutes pass on the server (tokens live 20): the token the page holds is now really expired.
    stack.advanceSandboxClock(25 * 60_000);
    const statuses: number[] = [];
    const calls: { request: string; status: number }[] = [];
    let created = false;
    page.on("response", (response) => {
      // The submit's first API call (the template, the check or the create) meets the expired token; so may calls
      // running beside it (the form's workspace lookup, the demo's source list, which refreshes once the create
      // has answered). All are recorded: a retry can answer after the create on a loaded machine.
      if (!new URL(response.url()).pathname.startsWith("/api/v1/")) return;
      statuses.push(response.status());
      calls.push({ request: `${response.request().method()} ${response.url()}`, status: response.status() });
      if (response.request().method() === "POST" && isCreate(response.url())) created = true;
    });

    await submitButton(page).click();
    await waitForSuccess(page);
    expect(created).toBe(true);
    expect(statuses).toContain(401);
    // Callers running at once (the form's workspace lookup, the demo's connections list) may each meet the
    // expired token, in any order: every 401 is followed by a successful retry of the same request, and nothing
    // else fails.
    const unretried = () =>
      calls
        .filter(
          (call, i) =>
            call.status === 401 &&
            !calls
              .slice(i + 1)
              .some((later) => later.request === call.request && later.status >= 200 && later.status < 300),
        )
        .map((call) => call.request);
    await expect.poll(unretried, { timeout: 15_000 }).toEqual([]);
    expect(statuses.every((status) => status === 401 || (status >= 200 && status < 300))).toBe(true);
    expect(tokenRequests()).toBeGreaterThan(before);
    await expect(stack.sourcesOf(user)).resolves.toHaveLength(1);
    expect(unexpectedConsoleErrors(consoleErrors, [401])).toEqual([]);
    await context.close();
  });

  it("401-once fault: refresh and retry are invisible to the user", async () => {
    const user = "e2e-401-once";
    const { page, context, consoleErrors, tokenRequests } = await openFilledHellobaton(user);
    const before = tokenRequests();
    // The sandbox's JWTs carry no iat/jti: one minted in the same second as the page's would be identical, and
    // the client rightly does not retry with the very token that was refused. Let a second pass on the server.
    stack.advanceSandboxClock(1_000);
    stack.sandbox.sandbox.faults.add({ match: `POST ${CREATE_PATH}`, fault: "401-once", times: 1 });
    await submitButton(page).click();
    await waitForSuccess(page);
    expect(tokenRequests()).toBe(before + 1);
    await expect(stack.sourcesOf(user)).resolves.toHaveLength(1);
    expect(unexpectedConsoleErrors(consoleErrors, [401])).toEqual([]);
    await context.close();
  });

  it("422: the server's messages land on the right fields, the input is kept, a corrected submit succeeds", async () => {
    const user = "e2e-422";
    const { page, context, consoleErrors } = await openFilledHellobaton(user);
    // The browser's own validation passes, so make the server see a wrong type for `company` (as a buggy proxy
    // or a stricter server would): the sandbox really validates and answers its real FastAPI 422.
    await page.route(`**${CREATE_PATH}`, async (route) => {
      const body = JSON.parse(route.request().postData() ?? "{}") as {
        replication_config: Record<string, unknown>;
      };
      body.replication_config.company = 42;
      await route.continue({ postData: JSON.stringify(body) });
    });
    const answered = page.waitForResponse((r) => isCreate(r.url()) && r.request().method() === "POST");
    await submitButton(page).click();
    const response = await answered;
    expect(response.status()).toBe(422);
    const { errors } = (await response.json()) as { errors: { field: string }[] };
    expect(errors.map((e) => e.field)).toEqual(["replication_config.company"]);

    const company = page.getByLabel(/^company/);
    await expect.poll(() => company.getAttribute("aria-invalid")).toBe("true");
    await expect(fieldErrors(page, company)).resolves.toContain("valid string");
    await expect(page.getByLabel(/^API Key/).getAttribute("aria-invalid")).resolves.toBeNull();
    await expect(company.inputValue()).resolves.toBe(HELLOBATON.company);
    await expect(page.getByLabel(/^API Key/).inputValue()).resolves.toBe(HELLOBATON.apiKey);
    await expect(page.getByRole("log", { name: "Activity" }).textContent()).resolves.toContain("/company");
    await stack.screenshot(page, "server-422-field-errors");
    await expect(stack.sourcesOf(user)).resolves.toHaveLength(0);

    await page.unroute(`**${CREATE_PATH}`);
    await submitButton(page).click();
    await waitForSuccess(page);
    await expect(stack.sourcesOf(user)).resolves.toHaveLength(1);
    expect(unexpectedConsoleErrors(consoleErrors, [422])).toEqual([]);
    expect(await page.content()).not.toContain(HELLOBATON.apiKey);
    await context.close();
  });

  const serverFaults = [
    { fault: "500", status: 500, message: "We couldn't create the source. Please try again." },
    { fault: "502-html", status: 502, message: "We couldn't create the source. Please try again." },
    { fault: "drop", status: 0, message: "We couldn't reach Airbyte. Check your connection and try again." },
  ] as const;

  it.each(serverFaults)("$fault: clear error, input kept, Retry creates exactly one source", async (c) => {
    const user = `e2e-fault-${c.fault}`;
    const { page, context, consoleErrors } = await openFilledHellobaton(user);
    // Until cleared: Chromium silently resends a POST once when a reused connection dies without an answer.
    stack.sandbox.sandbox.faults.add({ match: `POST ${CREATE_PATH}`, fault: c.fault, times: 0 });
    await submitButton(page).click();

    const alert = formAlert(page);
    await alert.waitFor();
    const text = await alert.textContent();
    expect(text).toContain(c.message);
    expect(text).not.toMatch(/<html|nginx|Internal Server Error/i);
    await expect(page.getByLabel(/^API Key/).inputValue()).resolves.toBe(HELLOBATON.apiKey);
    await expect(page.getByLabel(/^company/).inputValue()).resolves.toBe(HELLOBATON.company);
    await expect(stack.sourcesOf(user)).resolves.toHaveLength(0);
    await stack.screenshot(page, `fault-${c.fault}`);

    stack.sandbox.sandbox.faults.clear();
    await alert.getByRole("button", { name: "Retry" }).click();
    await waitForSuccess(page);
    await expect(stack.sourcesOf(user)).resolves.toHaveLength(1);
    await expect.poll(() => sourceRows(page).count(), { timeout: 5_000 }).toBe(1);
    expect(unexpectedConsoleErrors(consoleErrors, [c.status])).toEqual([]);
    await context.close();
  });

  it("double click: exactly one source is created", async () => {
    const user = "e2e-double-click";
    const { page, context, consoleErrors } = await openFilledHellobaton(user);
    // A slow server widens the window in which a second click could sneak in.
    stack.sandbox.sandbox.faults.add({ match: `POST ${CREATE_PATH}`, fault: "latency:600", times: 0 });
    let creates = 0;
    page.on("request", (request) => {
      if (isCreate(request.url()) && request.method() === "POST") creates += 1;
    });
    await submitButton(page).dblclick();
    await submitButton(page)
      .click({ force: true, timeout: 2_000 })
      .catch(() => undefined);
    await waitForSuccess(page);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(creates).toBe(1);
    await expect(stack.sourcesOf(user)).resolves.toHaveLength(1);
    await expect.poll(() => sourceRows(page).count(), { timeout: 5_000 }).toBe(1);
    expect(unexpectedConsoleErrors(consoleErrors)).toEqual([]);
    await context.close();
  });

  it("wrong workspace: the sandbox refuses (403), the user sees a clear error, nothing is created", async () => {
    const user = "e2e-wrong-workspace";
    const victim = "e2e-someone-else";
    await stack.workspaceIdOf(victim);
    const { page, context, consoleErrors } = await openFilledHellobaton(user);
    // A host bug (or a tampered request) sends the create to a workspace the token is not scoped to.
    await page.route(`**${CREATE_PATH}`, async (route) => {
      const body = JSON.parse(route.request().postData() ?? "{}") as Record<string, unknown>;
      body.workspace_name = victim;
      await route.continue({ postData: JSON.stringify(body) });
    });
    const answered = page.waitForResponse((r) => isCreate(r.url()) && r.request().method() === "POST");
    await submitButton(page).click();
    expect((await answered).status()).toBe(403);

    const alert = formAlert(page);
    await alert.waitFor();
    await expect(alert.textContent()).resolves.not.toBe("");
    await expect
      .poll(() => page.getByRole("log", { name: "Activity" }).textContent())
      .toContain("forbidden 403): Forbidden: the token is scoped to another workspace");
    await expect(page.getByLabel(/^company/).inputValue()).resolves.toBe(HELLOBATON.company);
    await stack.screenshot(page, "wrong-workspace");
    await expect(stack.sourcesOf(user)).resolves.toHaveLength(0);
    await expect(stack.sourcesOf(victim)).resolves.toHaveLength(0);
    expect(unexpectedConsoleErrors(consoleErrors, [403])).toEqual([]);
    await context.close();
  });
});

// End to end in Chromium: the current API's check before create, through the demo against the sandbox (real HTTP),
// for a REPLICATION template (Hellobaton) and a DIRECT one (GitHub).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CREATE_PATH,
  chooseTemplate,
  formAlert,
  HELLOBATON,
  recordChecksAndCreates,
  submitButton,
  unexpectedConsoleErrors,
  waitForSuccess,
} from "./demoActions.js";
import { type DemoStack, startDemoStack } from "./startDemoStack.js";

// The sandbox's check fails for a config holding this value (its `wrongCredentials` option's default).
const WRONG = "wrong-credentials";
const CHECK_PATH = `${CREATE_PATH}/check`;
let stack: DemoStack;

beforeAll(async () => {
  stack = await startDemoStack();
});
afterAll(async () => {
  await stack?.close();
});

describe("check before create", () => {
  it("REPLICATION (Hellobaton): a failed check shows Airbyte's reason and creates nothing; fixed, Retry creates", async () => {
    const user = "e2e-check-replication";
    const { page, context, consoleErrors } = await stack.open(user);
    const bodies = recordChecksAndCreates(page);
    await chooseTemplate(page, "Hellobaton");
    await page.getByLabel(/^API Key/).fill(WRONG);
    await page.getByLabel(/^company/).fill(HELLOBATON.company);
    await submitButton(page).click();

    const alert = formAlert(page);
    await alert.waitFor({ timeout: 30_000 });
    await expect(alert.textContent()).resolves.toContain("Airbyte couldn't connect with these credentials.");
    await expect(alert.textContent()).resolves.toContain("authentication failed");
    await stack.screenshot(page, "check-failed");
    expect(bodies.map((b) => b.path)).toEqual([CHECK_PATH]);
    await expect(stack.sourcesOf(user)).resolves.toHaveLength(0);
    // Every input is kept.
    await expect(page.getByLabel(/^API Key/).inputValue()).resolves.toBe(WRONG);
    await expect(page.getByLabel(/^company/).inputValue()).resolves.toBe(HELLOBATON.company);

    await page.getByLabel(/^API Key/).fill(HELLOBATON.apiKey);
    await alert.getByRole("button", { name: "Retry" }).click();
    await waitForSuccess(page);
    expect(bodies.map((b) => b.path)).toEqual([CHECK_PATH, CHECK_PATH, CREATE_PATH]);
    // REPLICATION: the whole config in replication_config, the check's body the create's.
    expect(bodies[2]?.body).toMatchObject({
      workspace_name: user,
      replication_config: { api_key: HELLOBATON.apiKey, company: HELLOBATON.company },
    });
    expect(bodies[1]?.body).toEqual(bodies[2]?.body);
    const stored = await stack.sourcesOf(user);
    expect(stored).toHaveLength(1);
    await expect(page.getByRole("log", { name: "Activity" }).textContent()).resolves.toContain(
      "Check failed",
    );
    expect(await page.content()).not.toContain(HELLOBATON.apiKey);
    expect(unexpectedConsoleErrors(consoleErrors)).toEqual([]);
    await context.close();
  });

  it("DIRECT (GitHub): the token goes in `credentials`; a wrong one fails the check, the fixed one creates", async () => {
    const user = "e2e-check-direct";
    const { page, context, consoleErrors } = await stack.open(user);
    const bodies = recordChecksAndCreates(page);
    await chooseTemplate(page, "GitHub");
    // The template defaults `credentials.option_title` to the PAT option, but the server's user spec still offers
    // the oneOf (OAuth first): the user picks the option (reported to the lead, not this test's subject).
    await page.getByLabel(/^Authentication/).selectOption({ label: "Personal Access Token" });
    const token = page.locator('input[id$="_credentials_personal_access_token"]');
    await token.fill(WRONG);
    await page.locator('input[id$="_repositories_0"]').fill("airbytehq/airbyte");
    await submitButton(page).click();
    await formAlert(page).waitFor({ timeout: 30_000 });
    await expect(formAlert(page).textContent()).resolves.toContain("authentication failed");
    await expect(stack.sourcesOf(user)).resolves.toHaveLength(0);
    // DIRECT: the user spec's top-level `credentials` object is sent as `credentials`, the rest in replication_config.
    expect(bodies[0]).toMatchObject({
      path: CHECK_PATH,
      body: {
        workspace_name: user,
        credentials: { personal_access_token: WRONG },
        replication_config: { repositories: ["airbytehq/airbyte"] },
      },
    });
    expect(bodies[0]?.body.replication_config).not.toHaveProperty("credentials");

    await token.fill("ghp_e2eDirectTokenDirectToken01");
    await formAlert(page).getByRole("button", { name: "Retry" }).click();
    await waitForSuccess(page);
    expect(bodies.map((b) => b.path)).toEqual([CHECK_PATH, CHECK_PATH, CREATE_PATH]);
    expect(bodies[2]?.body.credentials).toEqual({ personal_access_token: "ghp_e2eDirectTokenDirectToken01" });
    const stored = await stack.sourcesOf(user);
    expect(stored).toHaveLength(1);
    // The sandbox merged the template's choice of option back in (and masks the token).
    expect(stored[0]?.configuration).toMatchObject({
      repositories: ["airbytehq/airbyte"],
      credentials: { option_title: "PAT Credentials" },
    });
    await expect(page.getByRole("log", { name: "Activity" }).textContent()).resolves.toContain(
      "Check passed",
    );
    expect(await page.content()).not.toContain("ghp_e2eDirectTokenDirectToken01");
    expect(unexpectedConsoleErrors(consoleErrors)).toEqual([]);
    await context.close();
  });
});

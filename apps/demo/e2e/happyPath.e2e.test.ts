// End to end in Chromium: the demo app (Vite) against the sandbox (real HTTP), three real connectors.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  axeViolations,
  CREATE_PATH,
  chooseTemplate,
  fillHellobaton,
  HELLOBATON,
  isCreate,
  sourceRows,
  submitButton,
  unexpectedConsoleErrors,
  waitForSuccess,
} from "./demoActions.js";
import { type DemoStack, startDemoStack } from "./startDemoStack.js";

const MASK = "**********";
let stack: DemoStack;

beforeAll(async () => {
  stack = await startDemoStack();
});
afterAll(async () => {
  await stack?.close();
});

describe("happy path", () => {
  it("simple API key (Hellobaton): fills, creates, lists the masked source", async () => {
    const { page, context, consoleErrors } = await stack.open("e2e-hellobaton");
    await expect(page.getByTestId("no-sources").textContent()).resolves.toContain("No sources yet");
    await chooseTemplate(page, "Hellobaton");
    await expect(page.getByRole("heading", { name: "2. Connect Hellobaton" }).count()).resolves.toBe(1);
    await fillHellobaton(page);
    await stack.screenshot(page, "hellobaton-filled");
    // The page a partner ships (header, template list, form, table, log) passes axe's WCAG A/AA rules.
    await expect(axeViolations(page)).resolves.toEqual([]);

    await submitButton(page).click();
    await expect(waitForSuccess(page)).resolves.toContain("Your source has been created.");
    await stack.screenshot(page, "hellobaton-success");
    await expect(axeViolations(page)).resolves.toEqual([]);

    const stored = await stack.sourcesOf("e2e-hellobaton");
    expect(stored).toHaveLength(1);
    expect(stored[0]?.source_template_id).toBe("26691e92-cf5a-456b-a265-76df9399b6d0");
    expect(stored[0]?.configuration).toEqual({ api_key: MASK, company: HELLOBATON.company });

    // The demo's table refreshed after the success and shows the same source, without any value.
    await sourceRows(page).first().waitFor({ timeout: 5_000 });
    const row = sourceRows(page).first();
    await expect(row.getAttribute("data-source-id")).resolves.toBe(stored[0]?.id);
    await expect(row.textContent()).resolves.toMatch(/Hellobaton[\s\S]*api_key, company/);
    const html = await page.content();
    expect(html).not.toContain(HELLOBATON.apiKey);
    await expect(page.getByRole("log", { name: "Activity" }).textContent()).resolves.toContain(
      "Source created",
    );
    expect(unexpectedConsoleErrors(consoleErrors)).toEqual([]);
    await context.close();
  });

  it("lists the new source even when the lists' first loads are answered after the create", async () => {
    // The first answers of both lists (the demo's table and "Your connections") are read at once, before the
    // create, but reach the page only after it: a refresh that joined those loads would show them, with no source.
    const listPath = new RegExp(`${CREATE_PATH}/?\\?`);
    let createSent = false;
    const held: (() => Promise<void>)[] = [];
    const user = "e2e-late-lists";
    const { page, context, consoleErrors } = await stack.open(user, async (page) => {
      page.on("request", (request) => {
        if (request.method() === "POST" && isCreate(request.url())) createSent = true;
      });
      await page.route(listPath, async (route) => {
        if (createSent || route.request().method() !== "GET") return route.continue();
        const response = await route.fetch();
        // The page may have given up on the request by then (a refresh cancels it).
        held.push(() => route.fulfill({ response }).catch(() => {}));
      });
    });
    await chooseTemplate(page, "Hellobaton");
    await fillHellobaton(page);
    await expect.poll(() => held.length, { timeout: 15_000 }).toBe(2);
    await submitButton(page).click();
    await waitForSuccess(page);
    await Promise.all(held.map((release) => release()));

    const stored = await stack.sourcesOf(user);
    expect(stored).toHaveLength(1);
    await expect.poll(() => sourceRows(page).count(), { timeout: 5_000 }).toBe(1);
    await expect(sourceRows(page).first().getAttribute("data-source-id")).resolves.toBe(stored[0]?.id);
    const connections = page.getByRole("region", { name: "Your connections" });
    await connections.getByRole("button", { name: `Edit Hellobaton (${user})` }).waitFor({ timeout: 5_000 });
    expect(unexpectedConsoleErrors(consoleErrors)).toEqual([]);
    await context.close();
  });

  it("oneOf authentication (GitHub, no defaults): picks Personal Access Token, fills an array", async () => {
    const templateId = await stack.addTemplate({
      name: "GitHub (choose authentication)",
      docker_repository: "airbyte/source-github",
      partial_default_config: {},
    });
    const { page, context, consoleErrors } = await stack.open("e2e-github");
    await chooseTemplate(page, "GitHub (choose authentication)");

    const auth = page.getByLabel(/^Authentication/);
    await expect(auth.locator("option").allInnerTexts()).resolves.toEqual(["OAuth", "Personal Access Token"]);
    await auth.selectOption({ label: "Personal Access Token" });
    const token = page.getByLabel(/^Personal Access Tokens?/);
    await token.fill("ghp_e2eTokenE2eTokenE2eToken01");
    await expect(token.getAttribute("type")).resolves.toBe("password");
    // The OAuth option's fields are gone once the other option is chosen.
    await expect(page.getByLabel(/^Access Token/).count()).resolves.toBe(0);

    await page.locator('input[id$="_repositories_0"]').fill("airbytehq/airbyte");
    await page.getByRole("button", { name: "Add GitHub Repository" }).click();
    await page.locator('input[id$="_repositories_1"]').fill("airbytehq/airbyte-platform");
    await stack.screenshot(page, "github-oneof-filled");

    await submitButton(page).click();
    await waitForSuccess(page);
    await stack.screenshot(page, "github-oneof-success");

    const stored = await stack.sourcesOf("e2e-github");
    expect(stored).toHaveLength(1);
    expect(stored[0]?.source_template_id).toBe(templateId);
    const config = stored[0]?.configuration ?? {};
    expect(config.credentials).toEqual({ option_title: "PAT Credentials", personal_access_token: MASK });
    expect(config.repositories).toEqual(["airbytehq/airbyte", "airbytehq/airbyte-platform"]);
    await expect.poll(() => sourceRows(page).count(), { timeout: 5_000 }).toBe(1);
    await expect(sourceRows(page).first().textContent()).resolves.toContain("GitHub (choose authentication)");
    expect(unexpectedConsoleErrors(consoleErrors)).toEqual([]);
    await context.close();
  });

  it("nested object with an array (MongoDB Atlas): template defaults merged server-side", async () => {
    const { page, context, consoleErrors } = await stack.open("e2e-mongodb");
    await chooseTemplate(page, "MongoDB Atlas");
    // The template defaults the cluster type and connection string: the user never sees them.
    await expect(page.getByLabel(/^Connection String/).count()).resolves.toBe(0);

    const add = page.getByRole("button", { name: "Add Database Name" });
    await add.click();
    await page.locator('input[id$="_database_config_databases_0"]').fill("analytics");
    await add.click();
    await page.locator('input[id$="_database_config_databases_1"]').fill("events");
    await page.getByLabel(/^Username/).fill("reader");
    await page.getByLabel(/^Password/).fill("mongo-e2e-password-42");
    await stack.screenshot(page, "mongodb-filled");

    await submitButton(page).click();
    await waitForSuccess(page);
    await stack.screenshot(page, "mongodb-success");

    const stored = await stack.sourcesOf("e2e-mongodb");
    expect(stored).toHaveLength(1);
    expect(stored[0]?.configuration.database_config).toMatchObject({
      cluster_type: "ATLAS_REPLICA_SET",
      connection_string: "mongodb+srv://cluster0.example.mongodb.net/",
      databases: ["analytics", "events"],
      username: "reader",
      password: MASK,
    });
    await expect.poll(() => sourceRows(page).count(), { timeout: 5_000 }).toBe(1);
    expect(await page.content()).not.toContain("mongo-e2e-password-42");
    expect(unexpectedConsoleErrors(consoleErrors)).toEqual([]);
    await context.close();
  });
});

// End to end in Chromium: the demo's connections (list, edit, delete) against the sandbox over real HTTP; after
// each step the sandbox's stored (unmasked) config is read to prove what the server holds.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  axeViolations,
  chooseTemplate,
  fillHellobaton,
  HELLOBATON,
  submitButton,
  unexpectedConsoleErrors,
  waitForSuccess,
} from "./demoActions.js";
import { type DemoStack, startDemoStack } from "./startDemoStack.js";

let stack: DemoStack;

beforeAll(async () => {
  stack = await startDemoStack();
});
afterAll(async () => {
  await stack?.close();
});

/** The stored record of a connector (the sandbox keeps every version; the last one stands). */
async function stored(name: string) {
  const records = await stack.sandbox.sandbox.store.list("sources");
  const latest = new Map(records.map((r) => [r.id, r]));
  return [...latest.values()].find((r) => r.name === name);
}

describe("connections: create → edit one field → replace the secret → delete", () => {
  it("keeps the original secret on edit, stores a replaced one, deletes after a confirmation", async () => {
    const user = "e2e-connections";
    const name = `Hellobaton (${user})`;
    const { page, consoleErrors } = await stack.open(user);
    await chooseTemplate(page, "Hellobaton");
    await fillHellobaton(page);
    await submitButton(page).click();
    await waitForSuccess(page);
    expect((await stored(name))?.configuration).toEqual({
      api_key: HELLOBATON.apiKey,
      company: HELLOBATON.company,
    });

    // The list, after a reload (as a returning user sees it).
    await page.reload();
    const connections = page.getByRole("region", { name: "Your connections" });
    await connections.getByRole("button", { name: `Edit ${name}` }).click();
    const replace = page.getByRole("button", { name: /^Replace API Key/ });
    await replace.waitFor({ timeout: 30_000 });
    expect(await page.content()).not.toContain("**********");
    await expect(axeViolations(page)).resolves.toEqual([]);

    // One field: the stored config is the original merged with it, the secret untouched.
    // The create form is back on the page too (the demo keeps the chosen template in the URL): the edit form's.
    const manage = page.getByRole("region", { name: "Manage your connections" });
    const company = manage.getByLabel(/^company/);
    await company.fill("acme-renamed");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page
      .getByText("Your changes have been saved.", { exact: true })
      .first()
      .waitFor({ timeout: 30_000 });
    expect((await stored(name))?.configuration).toEqual({
      api_key: HELLOBATON.apiKey,
      company: "acme-renamed",
    });

    // Replace the secret.
    await replace.click();
    await manage.getByLabel(/^API Key/).fill("hb-e2e-rotated-key-9902");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByRole("button", { name: /^Replace API Key/ }).waitFor({ timeout: 30_000 });
    expect((await stored(name))?.configuration).toEqual({
      api_key: "hb-e2e-rotated-key-9902",
      company: "acme-renamed",
    });

    // Back to the list; delete after the confirmation.
    await page.getByRole("button", { name: "Back to the list" }).click();
    await connections.getByRole("button", { name: `Delete ${name}` }).click();
    const dialog = page.getByRole("dialog", { name: `Delete ${name}?` });
    await dialog.getByRole("button", { name: "Delete", exact: true }).click();
    await connections.getByText("You have no connections yet.").waitFor({ timeout: 30_000 });
    expect((await stored(name))?.deleted).toBe(true);
    expect(unexpectedConsoleErrors(consoleErrors)).toEqual([]);
  });
});

// End to end in Chromium: the demo's language switch translates the form's strings and its validation messages
// (ajv-i18n), live and from the URL, against the sandbox (real HTTP).
import { de } from "@credential-form/react/locales/de";
import { ja } from "@credential-form/react/locales/ja";
import type { Page } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseTemplate, unexpectedConsoleErrors } from "./demoActions.js";
import { type DemoStack, startDemoStack } from "./startDemoStack.js";

let stack: DemoStack;

beforeAll(async () => {
  stack = await startDemoStack();
});
afterAll(async () => {
  await stack?.close();
});

const form = (page: Page) => page.locator("div.cf-root[data-status]");
const submit = (page: Page, name: string) => form(page).getByRole("button", { name, exact: true });

/** The error RJSF shows under the API key input (found by id: its label carries the locale's required marker). */
async function apiKeyError(page: Page): Promise<string> {
  const id = await form(page).locator('input[id$="_api_key"]').getAttribute("id");
  const error = page.locator(`[id="${id}__error"]`);
  await error.waitFor({ timeout: 10_000 });
  return (await error.textContent()) ?? "";
}

describe("locale switch", () => {
  it("translates the form's strings and its validation messages, live and from ?locale=", async () => {
    const { page, context, consoleErrors } = await stack.open("e2e-locale");
    await chooseTemplate(page, "Hellobaton");
    await expect(submit(page, "Submit").count()).resolves.toBe(1);

    // German: the form's strings, the secret field's button and the setup guide link, then an empty submit.
    await page.getByLabel("Language").selectOption("de");
    await submit(page, de.messages.submit).waitFor({ timeout: 10_000 });
    await expect(form(page).getAttribute("lang")).resolves.toBe("de");
    await expect(
      form(page)
        .getByRole("link", { name: new RegExp(`^${de.messages.setupGuide}`) })
        .count(),
    ).resolves.toBe(1);
    await expect(
      form(page)
        .getByRole("button", { name: de.messages.showSecret("API Key") })
        .textContent(),
    ).resolves.toBe(de.messages.show);
    await submit(page, de.messages.submit).click();
    await expect(apiKeyError(page)).resolves.toBe("Muss das erforderliche Attribut api_key enthalten");
    await expect(form(page).getByRole("status").textContent()).resolves.toBe(de.messages.errorCount(2));
    await stack.screenshot(page, "locale-de-errors");
    const germanText = (await form(page).textContent()) ?? "";
    for (const english of ["Submit", "Setup guide", "is required", "fields need your attention"]) {
      expect(germanText).not.toContain(english);
    }

    // Japanese: switched live; the choice is kept in the URL, so a reload opens the form in Japanese again.
    await page.getByLabel("Language").selectOption("ja");
    await submit(page, ja.messages.submit).waitFor({ timeout: 10_000 });
    await submit(page, ja.messages.submit).click();
    await expect
      .poll(() => apiKeyError(page), { timeout: 10_000 })
      .toBe("必要なプロパティapi_keyがなければいけない");
    expect(new URL(page.url()).searchParams.get("locale")).toBe("ja");
    await page.reload();
    await chooseTemplate(page, "Hellobaton");
    await expect(submit(page, ja.messages.submit).count()).resolves.toBe(1);
    await expect(form(page).getAttribute("lang")).resolves.toBe("ja");
    expect(unexpectedConsoleErrors(consoleErrors)).toEqual([]);
    await context.close();
  });
});

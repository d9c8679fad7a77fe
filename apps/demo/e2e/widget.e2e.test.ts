// End to end in Chromium: the demo's "Widget" mode (<CredentialWidget> in its dialog) against the sandbox.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  axeViolations,
  fillHellobaton,
  HELLOBATON,
  sourceRows,
  unexpectedConsoleErrors,
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

describe("widget mode", () => {
  it("switches to Widget, picks Hellobaton in the dialog, creates the source, Done returns focus", async () => {
    const { page, context, consoleErrors } = await stack.open("e2e-widget");
    await page.getByRole("group", { name: "Integration" }).getByRole("radio", { name: "Widget" }).check();
    await expect(page.url()).toContain("mode=widget");
    const opener = page.getByRole("button", { name: "Connect a source", exact: true });
    await opener.click();

    const dialog = page.getByRole("dialog", { name: "Connect a source" });
    await dialog.waitFor({ timeout: 30_000 });
    await expect(dialog.getAttribute("aria-modal")).resolves.toBe("true");
    const search = dialog.getByRole("searchbox", { name: "Search sources" });
    await expect(search.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await dialog.getByRole("list", { name: "Sources" }).waitFor({ timeout: 30_000 });
    await search.fill("hello");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");

    const form = page.getByRole("dialog", { name: "Connect Hellobaton" });
    await form.locator('.cf-root[data-status="ready"]').waitFor({ timeout: 30_000 });
    await fillHellobaton(page);
    await stack.screenshot(page, "widget-form-filled");
    await expect(axeViolations(page)).resolves.toEqual([]);

    await form.getByRole("button", { name: "Submit", exact: true }).click();
    const success = page.getByRole("dialog", { name: "Source connected" });
    await success.waitFor({ timeout: 30_000 });
    await expect(success.getByRole("status").textContent()).resolves.toBe(
      "Your Hellobaton source has been created.",
    );
    await stack.screenshot(page, "widget-success");
    await expect(axeViolations(page)).resolves.toEqual([]);

    const stored = await stack.sourcesOf("e2e-widget");
    expect(stored).toHaveLength(1);
    expect(stored[0]?.source_template_id).toBe("26691e92-cf5a-456b-a265-76df9399b6d0");
    expect(stored[0]?.configuration).toEqual({ api_key: MASK, company: HELLOBATON.company });

    await success.getByRole("button", { name: "Done" }).click();
    await expect(page.getByRole("dialog").count()).resolves.toBe(0);
    await expect(opener.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await sourceRows(page).first().waitFor({ timeout: 5_000 });
    await expect(sourceRows(page).first().getAttribute("data-source-id")).resolves.toBe(stored[0]?.id);
    const log = (await page.getByRole("log", { name: "Activity" }).textContent()) ?? "";
    expect(log).toContain("Chose Hellobaton");
    expect(log).toContain("Source created");
    expect(log).toContain("Widget closed (done)");
    expect(await page.content()).not.toContain(HELLOBATON.apiKey);

    // Reopened, the widget shows the user's connections (they have one now), as Airbyte's widget does; "Add a
    // connection" leads to the picker. Escape closes it (cancel) and focus returns to the opener again.
    await opener.click();
    const connections = page.getByRole("dialog", { name: "Your connections" });
    await connections.getByRole("button", { name: "Add a connection" }).click();
    await page.getByRole("dialog", { name: "Connect a source" }).waitFor();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog").count()).resolves.toBe(0);
    await expect(opener.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expect(page.getByRole("log", { name: "Activity" }).textContent()).resolves.toContain(
      "Widget closed (escape)",
    );
    expect(unexpectedConsoleErrors(consoleErrors)).toEqual([]);
    await context.close();
  });
});

// The demo's production build under a strict Content-Security-Policy, as a security-minded partner ships it: no
// inline styles and no `'unsafe-eval'` (which Ajv's compiled validators would need).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  chooseTemplate,
  fieldErrors,
  fillHellobaton,
  sourceRows,
  submitButton,
  unexpectedConsoleErrors,
  waitForSuccess,
} from "./demoActions.js";
import { type DemoStack, startDemoStack } from "./startDemoStack.js";

const MASK = "**********";
let stack: DemoStack;

beforeAll(async () => {
  stack = await startDemoStack({
    production: {
      headers: (sandboxUrl) => ({
        "content-security-policy": [
          "default-src 'self'",
          "script-src 'self'",
          "style-src 'self'",
          `connect-src 'self' ${sandboxUrl}`,
          `img-src 'self' data: ${sandboxUrl}`,
        ].join("; "),
      }),
    },
  });
}, 180_000);
afterAll(async () => {
  await stack?.close();
});

/** What the page reported as CSP violations (`securitypolicyviolation` events), recorded from the first script on. */
async function recordViolations(page: import("playwright").Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => {
      seen.push(`${event.effectiveDirective} ${event.blockedURI}`);
    });
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

describe("under a strict CSP (no inline styles, no eval)", () => {
  it("styles the form, validates on the page and creates the source (Hellobaton)", async () => {
    const { page, context, consoleErrors } = await stack.open("e2e-csp-hellobaton");
    const violations = await recordViolations(page);
    const workers: string[] = [];
    page.on("worker", (worker) => workers.push(worker.url()));
    await page.reload();
    await chooseTemplate(page, "Hellobaton");
    // The registry was read in core's worker, a script of the page's own origin, which `script-src 'self'` allows.
    await expect.poll(() => workers).toEqual([expect.stringMatching(/\/assets\/registryWorker[^/]*\.js$/)]);
    // The form's stylesheet applies: a constructable stylesheet, which `style-src 'self'` allows.
    const label = page.locator(".cf-root .cf-label").first();
    await expect(label.evaluate((el) => getComputedStyle(el).fontWeight)).resolves.toBe("600");

    // Validation runs without eval: the empty required fields are reported in the page, nothing is sent.
    await submitButton(page).click();
    const apiKey = page.getByLabel(/^API Key/);
    await expect.poll(() => apiKey.getAttribute("aria-invalid")).toBe("true");
    await expect(fieldErrors(page, apiKey)).resolves.toContain("is required");
    await expect(stack.sourcesOf("e2e-csp-hellobaton")).resolves.toEqual([]);

    await fillHellobaton(page);
    await submitButton(page).click();
    await expect(waitForSuccess(page)).resolves.toContain("Your source has been created.");
    const stored = await stack.sourcesOf("e2e-csp-hellobaton");
    expect(stored.map((source) => source.configuration)).toEqual([{ api_key: MASK, company: "acme" }]);
    await expect.poll(() => sourceRows(page).count(), { timeout: 5_000 }).toBe(1);

    // One violation: the library's single probe for eval (canCompileSchemas). No style was blocked.
    await expect(violations()).resolves.toEqual(["script-src eval"]);
    expect(unexpectedConsoleErrors(consoleErrors)).toEqual([]);
    await context.close();
  });

  it("matches and validates oneOf options without eval (GitHub)", async () => {
    await stack.addTemplate({
      name: "GitHub (CSP)",
      docker_repository: "airbyte/source-github",
      partial_default_config: {},
    });
    const { page, context, consoleErrors } = await stack.open("e2e-csp-github");
    await chooseTemplate(page, "GitHub (CSP)");
    await page.getByLabel(/^Authentication/).selectOption({ label: "Personal Access Token" });
    await page.locator('input[id$="_repositories_0"]').fill("airbytehq/airbyte");
    // The chosen option's required token is missing: reported on its field.
    await submitButton(page).click();
    const token = page.getByLabel(/^Personal Access Tokens?/);
    await expect.poll(() => token.getAttribute("aria-invalid")).toBe("true");
    await expect(fieldErrors(page, token)).resolves.toContain("is required");

    await token.fill("ghp_e2eTokenE2eTokenE2eToken01");
    await submitButton(page).click();
    await waitForSuccess(page);
    const stored = await stack.sourcesOf("e2e-csp-github");
    expect(stored[0]?.configuration.credentials).toEqual({
      option_title: "PAT Credentials",
      personal_access_token: MASK,
    });
    expect(unexpectedConsoleErrors(consoleErrors)).toEqual([]);
    await context.close();
  });
});

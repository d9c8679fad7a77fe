import { createRequire } from "node:module";
import type { Locator, Page } from "playwright";

const require = createRequire(import.meta.url);

/** The path each create-source request of the demo's flavour (`agent-api`) goes to (its check is `${CREATE_PATH}/check`). */
export const CREATE_PATH = "/api/v1/integrations/connectors";

/** Whether a request URL is the create itself (not its check at `${CREATE_PATH}/check`). */
export function isCreate(url: string): boolean {
  return new URL(url).pathname === CREATE_PATH;
}

/** One check or create request the page sent: its path and JSON body. */
export interface SentBody {
  path: string;
  body: Record<string, unknown>;
}

/** Records, in order, every check (`${CREATE_PATH}/check`) and create request `page` sends from now on. */
export function recordChecksAndCreates(page: Page): SentBody[] {
  const bodies: SentBody[] = [];
  page.on("request", (request) => {
    const path = new URL(request.url()).pathname;
    if (request.method() === "POST" && (path === `${CREATE_PATH}/check` || isCreate(request.url()))) {
      bodies.push({ path, body: request.postDataJSON() as Record<string, unknown> });
    }
  });
  return bodies;
}

/** The values the Hellobaton happy path types (the API key is an `airbyte_secret`). */
export const HELLOBATON = { apiKey: "hb-e2e-secret-key-7781", company: "acme" } as const;

/** Clicks a source template in the demo's list and waits until its form is ready. */
export async function chooseTemplate(page: Page, name: string): Promise<void> {
  await page
    .getByRole("list", { name: "Source templates" })
    .getByRole("button", { name, exact: true })
    .click();
  await page.locator('.cf-root[data-status="ready"]').waitFor({ timeout: 30_000 });
}

/** The form's submit button. */
export function submitButton(page: Page): Locator {
  return page.locator(".cf-root").getByRole("button", { name: "Submit", exact: true });
}

/** The form-level alert (load or submit failure). */
export function formAlert(page: Page): Locator {
  return page.locator(".cf-root").getByRole("alert");
}

/** Waits for the form's success state and returns its text. */
export async function waitForSuccess(page: Page): Promise<string> {
  const success = page.locator(".cf-root .cf-success");
  await success.waitFor({ timeout: 30_000 });
  return (await success.textContent()) ?? "";
}

/** Fills the Hellobaton form (API key + company). */
export async function fillHellobaton(page: Page): Promise<void> {
  await page.getByLabel(/^API Key/).fill(HELLOBATON.apiKey);
  await page.getByLabel(/^company/).fill(HELLOBATON.company);
}

/** The rows of the demo's "Created sources" table. */
export function sourceRows(page: Page): Locator {
  return page.getByRole("table", { name: "Created sources" }).locator("tbody tr");
}

/** The error list RJSF renders under a field, found through the input's id. */
export async function fieldErrors(page: Page, input: Locator): Promise<string> {
  const id = await input.getAttribute("id");
  return (await page.locator(`[id="${id}__error"]`).textContent()) ?? "";
}

/** Console errors minus the browser's own line for each HTTP error status the test provoked on purpose. */
export function unexpectedConsoleErrors(
  errors: readonly string[],
  allowedStatuses: readonly number[] = [],
): string[] {
  return errors.filter(
    (text) =>
      !allowedStatuses.some((status) =>
        text.includes(`Failed to load resource: the server responded with a status of ${status}`),
      ) && !(allowedStatuses.includes(0) && text.includes("net::ERR_")),
  );
}

/** Runs axe-core (WCAG 2 A/AA rules) in the page and returns the serious and critical violations. */
export async function axeViolations(
  page: Page,
): Promise<{ id: string; impact: string; targets: string[] }[]> {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  return page.evaluate(async () => {
    type AxeResult = { violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<AxeResult> } })
      .axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa"] } });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({ id: v.id, impact: v.impact ?? "", targets: v.nodes.map((n) => String(n.target[0])) }));
  });
}

import { within } from "storybook/test";

/**
 * Waits for the dialog named `name` (portalled to document.body, outside a story's canvas) and returns it with the
 * page's queries.
 */
export async function findStoryDialog(canvasElement: HTMLElement, name: string) {
  const page = within(canvasElement.ownerDocument.body);
  const dialog = await page.findByRole("dialog", { name }, { timeout: 15_000 });
  return { page, dialog };
}

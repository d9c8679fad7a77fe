import type { ErrorSchema } from "@rjsf/utils";
import { fieldId } from "./fieldId.js";

const CONTROLS = "input:not([type=hidden]), select, textarea, button";

/** The paths (property names / item indexes) of the fields an RJSF `ErrorSchema` puts errors on. */
function erroredPaths(node: unknown, path: string[], out: string[][]): string[][] {
  // An ErrorSchema is plain objects (`toErrorSchema`'s) down to its `__errors` lists: no need for core's
  // `isPlainObject`, which this chunk would have to import from the first load's.
  if (typeof node !== "object" || node === null) return out;
  for (const [key, child] of Object.entries(node)) {
    if (key === "__errors") {
      if (Array.isArray(child) && child.length > 0) out.push(path);
    } else erroredPaths(child, [...path, key], out);
  }
  return out;
}

/** The element to focus for a field: its control, else the first control inside it (an array, a section). */
function control(scope: ParentNode, id: string): HTMLElement | null {
  // An id selector, which the browser answers from its id map; `[id="…"]` walks the whole form, once per error.
  const element = scope.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
  return element && (element.matches(CONTROLS) ? element : element.querySelector<HTMLElement>(CONTROLS));
}

/**
 * Focuses the first field (in document order) that `errors` puts an error on, found by the id RJSF derives from
 * `idPrefix` and the field's path (no theme markup involved); else the form's alert. Returns whether something
 * took the focus; false means the fields are not rendered yet.
 */
export function focusFirstError(scope: ParentNode, idPrefix: string, errors: ErrorSchema): boolean {
  let first: HTMLElement | null = null;
  for (const path of erroredPaths(errors, [], [])) {
    const element = control(scope, fieldId(idPrefix, path));
    if (element && (!first || first.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_PRECEDING))
      first = element;
  }
  first ??= scope.querySelector<HTMLElement>('[role="alert"]');
  first?.focus();
  return first !== null;
}

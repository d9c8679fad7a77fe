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
function control(element: Element): HTMLElement | null {
  return element.matches(CONTROLS) ? (element as HTMLElement) : element.querySelector<HTMLElement>(CONTROLS);
}

/**
 * Focuses the first field (in document order) that `errors` puts an error on, found by the id RJSF derives from
 * `idPrefix` and the field's path (no theme markup involved); else the form's alert. Returns whether something
 * took the focus; false means the fields are not rendered yet.
 */
export function focusFirstError(scope: ParentNode, idPrefix: string, errors: ErrorSchema): boolean {
  const ids = new Set(erroredPaths(errors, [], []).map((path) => fieldId(idPrefix, path)));
  let first: HTMLElement | null = null;
  if (ids.size > 0) {
    // One walk in document order that stops at the first errored field with a control: a lookup and a position
    // comparison per error cost ~7 ms when all 250 fields of a form were invalid. A section precedes the fields in
    // it, and its first control precedes theirs, so the first hit is the first errored control.
    const root = scope as Node;
    const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node && !first; node = walker.nextNode()) {
      const element = node as Element;
      if (element.id && ids.has(element.id)) first = control(element);
    }
  }
  first ??= scope.querySelector<HTMLElement>('[role="alert"]');
  first?.focus();
  return first !== null;
}

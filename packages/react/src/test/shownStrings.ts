/**
 * Every string `root` shows a user, each whole: the text of every element (whitespace collapsed), and the accessible
 * names, titles, placeholders and values of its elements. A leak check matches these against whole sentences, so
 * a spec's own text that merely contains a short word ("Type", "No") is not taken for one of ours.
 */
export function shownStrings(root: ParentNode): Set<string> {
  const out = new Set<string>();
  const add = (text: string | null | undefined) => {
    const clean = (text ?? "").replace(/\s+/g, " ").trim();
    if (clean) out.add(clean);
  };
  for (const element of root.querySelectorAll("*")) {
    if (element.closest("style, script")) continue;
    add(element.textContent);
    for (const name of ["aria-label", "title", "placeholder", "alt"]) add(element.getAttribute(name));
    if (element instanceof HTMLInputElement && element.type !== "password") add(element.value);
  }
  return out;
}

/** `text` as an anchored pattern where each `%1`, `%2`… (RJSF's placeholders, or a message called with one) is any text. */
export function sentencePattern(text: string): RegExp {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/%\d/g, ".+?");
  return new RegExp(`^${escaped}$`);
}

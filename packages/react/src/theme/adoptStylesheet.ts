/** Marks our constructed sheets (value: the id): another copy of the library on the page then adopts no duplicate. */
const MARK = Symbol.for("credential-form.stylesheet");

type MarkedSheet = CSSStyleSheet & { [MARK]?: string };

/** One constructed sheet per (document, id): a sheet can only be adopted in the document whose window built it. */
const sheets = new WeakMap<Document, Record<string, CSSStyleSheet>>();

/**
 * Adds `css` to `root` once (idempotent; no-op without a root): as a constructed, adopted stylesheet where supported,
 * which a `style-src 'self'` Content-Security-Policy allows, else as a `<style id={id}>` (in `<head>` for a document,
 * in the shadow root itself for a shadow root).
 */
export function adoptStylesheet(root: Document | ShadowRoot | undefined, id: string, css: string): void {
  if (!root) return;
  const doc = root.ownerDocument ?? (root as Document);
  const Sheet = doc.defaultView?.CSSStyleSheet;
  if (Sheet && "adoptedStyleSheets" in root && "replaceSync" in Sheet.prototype) {
    const adopted = root.adoptedStyleSheets;
    // Ours, or another copy's (same mark), is already there.
    if (adopted.some((other: MarkedSheet) => other[MARK] === id)) return;
    const ours = sheets.get(doc) ?? {};
    sheets.set(doc, ours);
    let sheet = ours[id];
    if (!sheet) {
      sheet = new Sheet();
      sheet.replaceSync(css);
      (sheet as MarkedSheet)[MARK] = id;
      ours[id] = sheet;
    }
    // A new array with ours last: the host's own adopted sheets stay as they are.
    root.adoptedStyleSheets = [...adopted, sheet];
    return;
  }
  if (root.getElementById(id)) return;
  const style = doc.createElement("style");
  style.id = id;
  style.textContent = css;
  (root === doc ? doc.head : root).appendChild(style);
}

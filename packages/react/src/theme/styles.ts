/** Id of the `<style>` element the form injects once per document. */
export const CREDENTIAL_FORM_STYLE_ID = "credential-form-styles";

/** The theming tokens (CSS custom properties) hosts may override on `.cf-root` or an ancestor. */
export const themeTokens = [
  "--cf-font",
  "--cf-font-size",
  "--cf-radius",
  "--cf-gap",
  "--cf-fg",
  "--cf-muted",
  "--cf-bg",
  "--cf-surface",
  "--cf-border",
  "--cf-accent",
  "--cf-accent-fg",
  "--cf-danger",
  "--cf-focus",
] as const;

const light = `
  --cf-fg: #1a1b26; --cf-muted: #555a6b; --cf-bg: #ffffff; --cf-surface: #f4f5f8; --cf-border: #8c91a3;
  --cf-accent: #4b36c9; --cf-accent-fg: #ffffff; --cf-danger: #b3261e; --cf-focus: #1d5fd6;`;
const dark = `
  --cf-fg: #eceef5; --cf-muted: #b4b8c8; --cf-bg: #16171d; --cf-surface: #23252e; --cf-border: #7d8296;
  --cf-accent: #a99bff; --cf-accent-fg: #16171d; --cf-danger: #ff8a80; --cf-focus: #8ab4ff;`;

/** The stylesheet: every selector is scoped under `.cf-root`, so nothing leaks into the host page. */
export const credentialFormCss = `
.cf-root {
  --cf-font: inherit; --cf-font-size: 1rem; --cf-radius: 6px; --cf-gap: 0.75rem;${light}
  font-family: var(--cf-font); font-size: var(--cf-font-size); color: var(--cf-fg); background: var(--cf-bg);
  line-height: 1.5; box-sizing: border-box;
}
@media (prefers-color-scheme: dark) { .cf-root:not([data-theme="light"]) {${dark} } }
.cf-root[data-theme="dark"] {${dark} }
.cf-root *, .cf-root *::before, .cf-root *::after { box-sizing: inherit; }
.cf-root .cf-field { display: flex; flex-direction: column; gap: 0.25rem; margin: 0 0 var(--cf-gap); }
.cf-root .cf-label { font-weight: 600; }
.cf-root .cf-required { color: var(--cf-danger); margin-inline-start: 0.15em; }
.cf-root .cf-description, .cf-root .cf-help { color: var(--cf-muted); font-size: 0.875em; }
.cf-root .cf-description p { margin: 0 0 0.25rem; }
.cf-root .cf-description ul, .cf-root .cf-description ol { margin: 0 0 0.25rem; padding-inline-start: 1.25rem; }
.cf-root a { color: var(--cf-accent); }
.cf-root code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; background: var(--cf-surface); padding: 0 0.2em; border-radius: 3px; }
.cf-root input:not([type="checkbox"]):not([type="radio"]), .cf-root select, .cf-root textarea {
  font: inherit; color: var(--cf-fg); background: var(--cf-bg); border: 1px solid var(--cf-border);
  border-radius: var(--cf-radius); padding: 0.45rem 0.6rem; width: 100%;
}
.cf-root textarea { min-height: 5rem; resize: vertical; }
.cf-root [aria-invalid="true"] { border-color: var(--cf-danger); }
.cf-root :focus-visible { outline: 3px solid var(--cf-focus); outline-offset: 2px; }
.cf-root .cf-errors { color: var(--cf-danger); font-size: 0.875em; margin: 0; padding: 0; list-style: none; }
.cf-root fieldset { border: 1px solid var(--cf-border); border-radius: var(--cf-radius); padding: var(--cf-gap); margin: 0 0 var(--cf-gap); min-width: 0; }
.cf-root fieldset.cf-object-root { border: 0; padding: 0; margin: 0; }
.cf-root legend { font-weight: 600; padding: 0 0.25rem; }
.cf-root .cf-button {
  font: inherit; cursor: pointer; border-radius: var(--cf-radius); padding: 0.45rem 0.9rem;
  border: 1px solid var(--cf-border); background: var(--cf-surface); color: var(--cf-fg);
}
.cf-root .cf-button[disabled] { cursor: not-allowed; opacity: 0.6; }
.cf-root .cf-button-primary { background: var(--cf-accent); color: var(--cf-accent-fg); border-color: var(--cf-accent); }
.cf-root .cf-actions { display: flex; gap: 0.5rem; margin-top: var(--cf-gap); }
.cf-root .cf-secret { display: flex; gap: 0.5rem; align-items: stretch; }
.cf-root .cf-masked { -webkit-text-security: disc; }
.cf-root .cf-disclosure { margin: 0 0 var(--cf-gap); }
.cf-root .cf-disclosure-toggle { display: inline-flex; align-items: center; gap: 0.4rem; }
.cf-root .cf-disclosure-toggle[aria-expanded="true"] .cf-chevron { transform: rotate(90deg); }
.cf-root .cf-chevron { display: inline-block; transition: transform 0.15s; }
.cf-root .cf-disclosure-panel { padding-top: var(--cf-gap); }
.cf-root .cf-array-items { list-style: none; margin: 0 0 0.5rem; padding: 0; }
.cf-root .cf-array-item { display: flex; gap: 0.5rem; align-items: flex-start; margin-bottom: 0.5rem; }
.cf-root .cf-array-item-content { flex: 1; min-width: 0; }
.cf-root .cf-array-item-toolbar { display: flex; gap: 0.25rem; }
.cf-root .cf-oneof { margin: 0 0 var(--cf-gap); }
.cf-root .cf-radio-group { display: flex; flex-wrap: wrap; gap: 0.75rem; }
.cf-root .cf-checkbox { display: flex; gap: 0.5rem; align-items: center; }
.cf-root .cf-alert { border: 1px solid var(--cf-danger); color: var(--cf-danger); border-radius: var(--cf-radius); padding: var(--cf-gap); margin: 0 0 var(--cf-gap); display: flex; gap: 0.75rem; align-items: center; justify-content: space-between; }
.cf-root .cf-success { border: 1px solid var(--cf-accent); border-radius: var(--cf-radius); padding: var(--cf-gap); }
.cf-root .cf-skeleton-line { height: 2.25rem; border-radius: var(--cf-radius); background: var(--cf-surface); margin-bottom: var(--cf-gap); animation: cf-pulse 1.2s ease-in-out infinite; }
@keyframes cf-pulse { 50% { opacity: 0.5; } }
@media (prefers-reduced-motion: reduce) { .cf-root .cf-skeleton-line { animation: none; } .cf-root .cf-chevron { transition: none; } }
.cf-root .cf-visually-hidden { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.cf-root .cf-hidden { display: none; }
`;

/** Injects the scoped stylesheet into `doc` once (idempotent; no-op without a DOM). */
export function injectStyles(doc: Document | undefined = globalThis.document): void {
  if (!doc || doc.getElementById(CREDENTIAL_FORM_STYLE_ID)) return;
  const style = doc.createElement("style");
  style.id = CREDENTIAL_FORM_STYLE_ID;
  style.textContent = credentialFormCss;
  doc.head.appendChild(style);
}

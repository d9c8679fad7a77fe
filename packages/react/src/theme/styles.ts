import { adoptStylesheet } from "./adoptStylesheet.js";

/**
 * Id of the `<style>` element the form injects once per document or shadow root where constructable stylesheets
 * are not supported (elsewhere the stylesheet is adopted, and also marked with this id).
 */
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

/** `values` (space-separated) assigned to the theming tokens from `themeTokens[from]` on, as declarations. */
function tokenValues(from: number, values: string): string {
  return values
    .split(" ")
    .map((value, i) => `${themeTokens[from + i]}:${value}`)
    .join(";");
}

const dark = /* @__PURE__ */ tokenValues(
  4,
  "#eceef5 #b4b8c8 #16171d #23252e #7d8296 #a99bff #16171d #ff8a80 #8ab4ff",
);

/**
 * Expands the compact notation the stylesheet is written in (it ships as a string, so every byte counts): each
 * line that starts with neither `@` nor `.cf-root` is one rule whose selectors get `.cf-root ` prepended, and
 * `$name` stands for `var(--cf-name)`.
 */
function expand(css: string): string {
  return css
    .replace(/^(?!@|\.cf-root)[^{\n]+/gm, (selectors) => selectors.replace(/^|,/g, "$&.cf-root "))
    .replace(/\$([\w-]+)/g, "var(--cf-$1)");
}

/** The stylesheet: every selector is scoped under `.cf-root`, so nothing leaks into the host page. */
export const credentialFormCss = /* @__PURE__ */ expand(`
.cf-root{${tokenValues(0, "inherit 1rem 6px .75rem #1a1b26 #555a6b #fff #f4f5f8 #8c91a3 #4b36c9 #fff #b3261e #1d5fd6")};font-family:$font;font-size:$font-size;color:$fg;background:$bg;line-height:1.5;box-sizing:border-box}
@media (prefers-color-scheme: dark){.cf-root:not([data-theme="light"]){${dark}}}
.cf-root[data-theme="dark"]{${dark}}
*,*::before,*::after{box-sizing:inherit}
.cf-field{display:flex;flex-direction:column;gap:.25rem;margin:0 0 $gap}
.cf-label{font-weight:600}
.cf-required{color:$danger;margin-inline-start:.15em}
.cf-description,.cf-help{color:$muted;font-size:.875em}
.cf-description p{margin:0 0 .25rem}
.cf-description ul,.cf-description ol{margin:0 0 .25rem;padding-inline-start:1.25rem}
a{color:$accent}
code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;background:$surface;padding:0 .2em;border-radius:3px}
input:not([type="checkbox"]):not([type="radio"]),select,textarea{font:inherit;color:$fg;background:$bg;border:1px solid $border;border-radius:$radius;padding:.45rem .6rem;width:100%}
textarea{min-height:5rem;resize:vertical}
[aria-invalid="true"]{border-color:$danger}
:focus-visible{outline:3px solid $focus;outline-offset:2px}
.cf-errors{color:$danger;font-size:.875em;margin:0;padding:0;list-style:none}
fieldset{border:1px solid $border;border-radius:$radius;padding:$gap;margin:0 0 $gap;min-width:0}
fieldset.cf-object-root{border:0;padding:0;margin:0}
legend{font-weight:600;padding:0 .25rem}
.cf-button{font:inherit;cursor:pointer;border-radius:$radius;padding:.45rem .9rem;border:1px solid $border;background:$surface;color:$fg}
.cf-button[disabled]{cursor:not-allowed;opacity:.6}
.cf-button-primary{background:$accent;color:$accent-fg;border-color:$accent}
.cf-actions{display:flex;gap:.5rem;margin-top:$gap}
.cf-secret{display:flex;gap:.5rem;align-items:stretch}
.cf-masked{-webkit-text-security:disc}
.cf-disclosure{margin:0 0 $gap}
.cf-disclosure-toggle{display:inline-flex;align-items:center;gap:.4rem}
.cf-disclosure-toggle[aria-expanded="true"] .cf-chevron{transform:rotate(90deg)}
.cf-chevron{display:inline-block;transition:transform .15s}
.cf-disclosure-panel{padding-top:$gap}
.cf-array-items{list-style:none;margin:0 0 .5rem;padding:0}
.cf-array-item{display:flex;gap:.5rem;align-items:flex-start;margin-bottom:.5rem}
.cf-array-item-content{flex:1;min-width:0}
.cf-array-item-toolbar{display:flex;gap:.25rem}
.cf-oneof{margin:0 0 $gap}
.cf-radio-group{display:flex;flex-wrap:wrap;gap:.75rem}
.cf-checkbox{display:flex;gap:.5rem;align-items:center}
.cf-alert{border:1px solid $danger;color:$danger;border-radius:$radius;padding:$gap;margin:0 0 $gap;display:flex;gap:.75rem;align-items:center;justify-content:space-between}
.cf-success{border:1px solid $accent;border-radius:$radius;padding:$gap}
.cf-skeleton-line{height:2.25rem;border-radius:$radius;background:$surface;margin-bottom:$gap;animation:cf-pulse 1.2s ease-in-out infinite}
@keyframes cf-pulse{50%{opacity:.5}}
@media (prefers-reduced-motion:reduce){.cf-root .cf-skeleton-line{animation:none}.cf-root .cf-chevron{transition:none}}
.cf-visually-hidden{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.cf-hidden{display:none}
.cf-header{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem .75rem;margin:0 0 $gap;padding:0 0 $gap;border-bottom:1px solid $border}
.cf-header-icon{width:2.5rem;height:2.5rem;flex:none;border-radius:$radius;object-fit:contain}
.cf-header-monogram{display:inline-flex;align-items:center;justify-content:center;font-weight:700;background:$surface}
.cf-header-text{display:flex;flex-direction:column;align-items:flex-start;flex:1;min-width:0}
.cf-header-name{margin:0;font-weight:700;font-size:1.125em;line-height:1.3}
.cf-header-help{flex-basis:100%}
.cf-root{overflow-wrap:anywhere}
a{display:inline-block;min-height:24px;min-width:24px}
input[type="checkbox"],input[type="radio"]{width:1.5rem;height:1.5rem;min-width:24px;min-height:24px;margin:0;accent-color:$accent}
.cf-button{min-height:24px;min-width:24px}
.cf-actions,.cf-alert,.cf-array-item,.cf-array-item-toolbar{flex-wrap:wrap}
.cf-array-item-content{flex-basis:12rem}
.cf-disclosure-nested{border-inline-start:3px solid $border;padding-inline-start:$gap}
.cf-disclosure-nested>.cf-disclosure-toggle{background:transparent;border-style:dashed}
.cf-array-help{margin:0 0 .5rem}
.cf-secret>.cf-button{flex:none;white-space:nowrap}
`);

/**
 * Adds the scoped stylesheet to `root` (a document or a shadow root) once; CSP-safe: an adopted constructable
 * stylesheet where supported, else a `<style>`. Idempotent; no-op without a DOM.
 */
export function injectStyles(root: Document | ShadowRoot | undefined = globalThis.document): void {
  adoptStylesheet(root, CREDENTIAL_FORM_STYLE_ID, credentialFormCss);
}

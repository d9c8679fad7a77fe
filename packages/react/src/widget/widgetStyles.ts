import { adoptStylesheet } from "../theme/adoptStylesheet.js";

/**
 * Id of the `<style>` element the widget injects once per document or shadow root where constructable stylesheets
 * are not supported (elsewhere the stylesheet is adopted, and also marked with this id).
 */
export const CREDENTIAL_WIDGET_STYLE_ID = "credential-widget-styles";

/** The widget's stylesheet (dialog, picker, views), scoped under `.cf-widget` and built on the form's `--cf-*` tokens. */
export const credentialWidgetCss = `
.cf-widget-backdrop {
  position: fixed; inset: 0; z-index: 2147483000; display: flex; align-items: center; justify-content: center;
  padding: 1rem; background: rgb(15 16 24 / 0.55);
}
.cf-widget-backdrop[hidden] { display: none; }
.cf-widget.cf-dialog {
  width: min(40rem, 100%); max-height: min(48rem, calc(100vh - 2rem)); overflow: auto;
  border-radius: calc(var(--cf-radius) * 2); box-shadow: 0 1.5rem 3rem rgb(0 0 0 / 0.3);
  padding: calc(var(--cf-gap) * 1.5);
}
.cf-widget .cf-widget-header { display: flex; align-items: center; justify-content: space-between; gap: var(--cf-gap); margin-bottom: var(--cf-gap); }
.cf-widget .cf-widget-title { margin: 0; font-size: 1.25em; line-height: 1.3; }
.cf-widget .cf-widget-title:focus { outline: none; }
.cf-widget .cf-widget-close { padding: 0.25rem 0.6rem; font-size: 1.25em; line-height: 1; }
.cf-widget .cf-widget-back { margin-bottom: var(--cf-gap); }
.cf-widget .cf-back-arrow:dir(rtl) { display: inline-block; transform: scaleX(-1); }
.cf-widget .cf-picker-search { margin-bottom: var(--cf-gap); }
.cf-widget .cf-picker-list { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); gap: 0.5rem; }
.cf-widget .cf-picker-option {
  display: flex; align-items: center; gap: 0.6rem; width: 100%; text-align: start; font: inherit; cursor: pointer;
  padding: 0.6rem 0.75rem; border: 1px solid var(--cf-border); border-radius: var(--cf-radius);
  background: var(--cf-bg); color: var(--cf-fg);
}
.cf-widget .cf-picker-option:hover { border-color: var(--cf-accent); }
.cf-widget .cf-picker-option[aria-current="true"] { border-color: var(--cf-accent); box-shadow: inset 0 0 0 1px var(--cf-accent); }
.cf-widget .cf-picker-icon { width: 2rem; height: 2rem; flex: none; border-radius: calc(var(--cf-radius) - 2px); object-fit: contain; }
.cf-widget .cf-picker-monogram {
  display: inline-flex; align-items: center; justify-content: center; font-weight: 700;
  background: var(--cf-surface); color: var(--cf-fg);
}
.cf-widget .cf-picker-name { overflow-wrap: anywhere; }
.cf-widget .cf-picker-empty { color: var(--cf-muted); }
.cf-widget .cf-widget-close { min-width: 2.25rem; min-height: 2.25rem; }
@media (max-width: 40rem) {
  .cf-widget-backdrop { padding: 0; align-items: stretch; }
  .cf-widget.cf-dialog {
    width: 100%; max-height: none; height: 100%; height: 100dvh; border-radius: 0; box-shadow: none;
    padding: var(--cf-gap);
  }
  .cf-widget .cf-picker-list { grid-template-columns: 1fr; }
}
`;

/**
 * Adds the widget stylesheet to `root` (a document or a shadow root) once; CSP-safe: an adopted constructable
 * stylesheet where supported, else a `<style>`. Idempotent; no-op without a DOM.
 */
export function injectWidgetStyles(root: Document | ShadowRoot | undefined = globalThis.document): void {
  adoptStylesheet(root, CREDENTIAL_WIDGET_STYLE_ID, credentialWidgetCss);
}

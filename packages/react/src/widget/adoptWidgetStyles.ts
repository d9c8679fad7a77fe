import { styleRoot } from "../theme/styleRoot.js";
import { injectStyles } from "../theme/styles.js";
import { injectWidgetStyles } from "./widgetStyles.js";

/**
 * A ref callback adding the form's and the widget's stylesheets to the document or shadow root `element` is rendered
 * in (before paint); module-level, so React calls it once per element, not on every render.
 */
export function adoptWidgetStyles(element: Element | null): void {
  if (!element) return;
  const root = styleRoot(element);
  injectStyles(root);
  injectWidgetStyles(root);
}

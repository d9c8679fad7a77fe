import type { ConfigError } from "@credential-form/core";
import type { OAuthWidgetOptions } from "../oauth/OAuthConnectWidget.js";

/**
 * Edit mode's save errors on the fields an OAuth consent fills (the OAuth option picked on a connector stored with
 * another option): those fields are hidden, so "1 field needs your attention" would point at nothing. They become
 * one error on the OAuth option's own field, saying why (`message`: a consent cannot be saved from edit mode).
 */
export function explainHiddenOAuthErrors(
  errors: ConfigError[],
  oauth: Pick<OAuthWidgetOptions, "controller"> | null,
  message: string,
): ConfigError[] {
  if (!oauth) return errors;
  const hidden = new Set(oauth.controller.plan.hiddenPaths);
  const shown = errors.filter((error) => !hidden.has(error.path));
  if (shown.length === errors.length) return errors;
  return [...shown, { path: oauth.controller.widgetPath, message, keyword: "oauth" }];
}

import type { CredentialFormLocale } from "../CredentialFormLocale.js";

type Localizer = NonNullable<CredentialFormLocale["localizeValidation"]>;

/**
 * An `ajv-i18n` locale module as a `localizeValidation` function. The modules are CommonJS (`module.exports =
 * function`): Node, Vite and esbuild hand the function over as the default import, TypeScript types it as
 * `{ default }`; both shapes are accepted.
 */
export function ajvLocalizer(module: unknown): Localizer {
  const localize = typeof module === "function" ? module : (module as { default?: unknown } | null)?.default;
  if (typeof localize !== "function") throw new TypeError("not an ajv-i18n localizer");
  return localize as Localizer;
}

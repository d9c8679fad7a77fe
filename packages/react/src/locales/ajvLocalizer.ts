import type { ConfigError } from "@credential-form/core";
import type { CredentialFormLocale } from "../CredentialFormLocale.js";

/** A validation error in ajv's shape: what an `ajv-i18n` localizer reads, and whose `message` it rewrites. */
interface AjvShapedError {
  keyword: string;
  params: Record<string, unknown>;
  instancePath: string;
  schemaPath: string;
  message?: string;
}

type AjvI18nLocalize = (errors: AjvShapedError[]) => void;

/**
 * A locale's `localizeValidation` from an `ajv-i18n` locale module: core's errors are handed to it in ajv's shape
 * (keyword and params only: schema constants and field names, never a value) and take its wording, capitalised as
 * a sentence; a keyword it does not know keeps core's English message. The modules are CommonJS (`module.exports
 * = function`): Node, Vite and esbuild hand the function over as the default import, TypeScript types it as
 * `{ default }`; both shapes are accepted.
 */
export function ajvLocalizer(
  module: unknown,
  code: string,
): NonNullable<CredentialFormLocale["localizeValidation"]> {
  const localize = (
    typeof module === "function" ? module : (module as { default?: unknown } | null)?.default
  ) as AjvI18nLocalize | undefined;
  if (typeof localize !== "function") throw new TypeError("not an ajv-i18n localizer");
  return (errors) =>
    errors.map((error): ConfigError => {
      if (!error.params) return error;
      const shaped: AjvShapedError = {
        keyword: error.keyword,
        params: error.params,
        instancePath: error.path,
        schemaPath: "",
        message: error.message,
      };
      localize([shaped]);
      const text = shaped.message;
      return !text || text === error.message
        ? error
        : { ...error, message: text.charAt(0).toLocaleUpperCase(code) + text.slice(1) };
    });
}

import {
  API_MESSAGES,
  CredentialApiError,
  type JSONSchema,
  normalizeApiError,
  validateFullConfig,
} from "@credential-form/core";
import { getSource } from "@credential-form/test-utils";
import { describe, expect, it } from "vitest";
import { apiErrorText } from "../apiErrorText.js";
import type { CredentialFormLocale } from "../CredentialFormLocale.js";
import { defaultConnectorMessages } from "../edit/connectorMessages.js";
import { localizeConfigErrors } from "../localizeConfigErrors.js";
import { defaultMessages } from "../messages.js";
import { oauthDefaultMessages } from "../oauth/oauthDefaultMessages.js";
import { rjsfDefaultMessages } from "../theme/rjsfDefaultMessages.js";
import { rjsfTranslator } from "../theme/rjsfTranslator.js";
import { defaultWidgetMessages } from "../widget/widgetMessages.js";
import { de } from "./de.js";
import { en } from "./en.js";
import { es } from "./es.js";
import { fr } from "./fr.js";
import { ja } from "./ja.js";
import { ptBR } from "./pt-BR.js";

const packs: Record<string, CredentialFormLocale> = { en, de, fr, es, "pt-BR": ptBR, ja };
const translated = Object.entries(packs).filter(([code]) => code !== "en");

/**
 * Every string a pack yields: plain strings, the functions called with a sample argument, the API errors, and the
 * connections list's and edit mode's strings (keyed `connectors.<key>`).
 */
function strings(locale: CredentialFormLocale): Map<string, string> {
  const out = new Map<string, string>();
  const call = (value: unknown) => (value as (arg: never) => string)("Zed7" as never);
  for (const [key, value] of Object.entries(locale.messages)) {
    if (typeof value === "string") out.set(key, value);
    else if (typeof value === "function") out.set(key, call(value));
    else
      for (const [code, text] of Object.entries(value as object)) out.set(`apiErrors.${code}`, String(text));
  }
  for (const [key, value] of Object.entries(locale.connectorMessages ?? {})) {
    out.set(`connectors.${key}`, typeof value === "function" ? call(value) : String(value));
  }
  return out;
}

const OAUTH_KEYS = Object.keys(oauthDefaultMessages);
const CONNECTOR_KEYS = Object.keys(defaultConnectorMessages);

describe("locale packs", () => {
  it("en is the default strings (OAuth's and the connections list's included) and core's validation messages", () => {
    expect(en.messages).toEqual({
      ...defaultWidgetMessages,
      ...rjsfDefaultMessages,
      ...oauthDefaultMessages,
    });
    // RJSF's strings sit among the form's keys, before the widget's.
    const keys = Object.keys(en.messages);
    expect(keys.indexOf("unsupportedField")).toBeLessThan(keys.indexOf("dialogTitle"));
    expect(keys.indexOf("createOutcomeUnknown")).toBeLessThan(keys.indexOf("yes"));
    expect(en.connectorMessages).toBe(defaultConnectorMessages);
    expect(en.localizeValidation).toBeUndefined();
    for (const locale of Object.values(packs)) expect(locale.rjsfTranslator).toBe(rjsfTranslator);
    expect(en.messages.apiErrors).toBe(API_MESSAGES);
    expect(Object.keys(defaultMessages).every((key) => key in en.messages)).toBe(true);
  });

  it.each(Object.entries(packs))(
    "%s covers every OAuth key and every edit/connections key",
    (_code, locale) => {
      expect(OAUTH_KEYS.length).toBeGreaterThan(10);
      for (const key of OAUTH_KEYS) {
        const value = locale.messages[key as keyof typeof locale.messages];
        expect(typeof value, key).toBe(typeof oauthDefaultMessages[key as keyof typeof oauthDefaultMessages]);
      }
      expect(Object.keys(locale.connectorMessages ?? {})).toEqual(CONNECTOR_KEYS);
      for (const [key, value] of Object.entries(defaultConnectorMessages)) {
        expect(typeof locale.connectorMessages?.[key as keyof typeof defaultConnectorMessages], key).toBe(
          typeof value,
        );
      }
    },
  );

  it.each(translated)("%s has every key of en, in en's order, of the same kind", (code, locale) => {
    expect(locale.code).toBe(code);
    expect(Object.keys(locale.messages)).toEqual(Object.keys(en.messages));
    for (const [key, value] of Object.entries(en.messages)) {
      expect(typeof locale.messages[key as keyof typeof en.messages], key).toBe(typeof value);
    }
    expect(Object.keys(locale.messages.apiErrors).sort()).toEqual(Object.keys(API_MESSAGES).sort());
  });

  it.each(translated)(
    "%s is translated: non-empty strings, arguments kept, HTTP status placeholders kept",
    (code, locale) => {
      const english = strings(en);
      const own = strings(locale);
      for (const [key, text] of own) expect(text.trim(), key).not.toBe("");
      // A few are the same in both languages ("Option 3", "Ad Account ID 1", "Sources", "3 sources"); nothing more.
      const sameKeys = [...own].filter(([key, text]) => text === english.get(key)).map(([key]) => key);
      expect(sameKeys.length, `${code}: as in English: ${sameKeys.join(", ")}`).toBeLessThanOrEqual(4);
      expect(own.size).toBe(english.size);
      const withArgument = ["showSecret", "hideSecret", "noMatches", "connectTitle", "created", "addItem"];
      withArgument.push(
        "oauthConnect",
        "oauthRequired",
        "keyLabel",
        "deprecated",
        "namedOptionLabel",
        "unsupportedField",
      );
      for (const key of Object.keys(defaultConnectorMessages)) {
        if (typeof defaultConnectorMessages[key as keyof typeof defaultConnectorMessages] === "function")
          withArgument.push(`connectors.${key}`);
      }
      for (const key of withArgument) {
        expect(own.get(key), key).toContain("Zed7");
      }
      expect(locale.messages.errorCount(3)).toContain("3");
      expect(locale.messages.apiErrors.server).toContain("#");
      expect(locale.messages.apiErrors.http).toContain("#");
    },
  );

  it.each(translated)(
    "%s words validation errors with ajv-i18n, from keyword and params, never the value",
    (_code, locale) => {
      const spec: JSONSchema = {
        type: "object",
        required: ["api_key"],
        properties: { api_key: { type: "string" }, name: { type: "string", minLength: 8 } },
      };
      const errors = validateFullConfig(spec, { name: "hunter2" }).errors;
      const localized = localizeConfigErrors(errors, locale.messages, locale);
      expect(localized.map((e) => [e.path, e.keyword])).toEqual(errors.map((e) => [e.path, e.keyword]));
      for (const [index, error] of localized.entries()) {
        expect(error.message).not.toBe(errors[index]?.message);
        expect(error.message).not.toContain("hunter2");
      }
      expect(localized[0]?.message).toContain("api_key");
      expect(localized[1]?.message).toContain("8");
      // Sentence case, as core's English messages (no case in Japanese).
      expect(localized[1]?.message.charAt(0)).toBe(localized[1]?.message.charAt(0).toLocaleUpperCase());
    },
  );

  it("puts German validation messages on a real spec (Hellobaton)", () => {
    const spec = getSource("airbyte/source-hellobaton").spec.connectionSpecification as JSONSchema;
    const errors = localizeConfigErrors(validateFullConfig(spec, {}).errors, de.messages, de);
    expect(errors.map((e) => e.message)).toEqual([
      "Muss das erforderliche Attribut api_key enthalten",
      "Muss das erforderliche Attribut company enthalten",
    ]);
  });

  it("words the form-level errors from messages, in every locale including English", () => {
    const unavailable = { path: "", message: "x", keyword: "schema", params: { reason: "unavailable" } };
    const invalid = { path: "", message: "x", keyword: "schema", params: { reason: "invalid" } };
    const budget = { path: "", message: "x", keyword: "budget", params: {} };
    for (const locale of Object.values(packs)) {
      expect(
        localizeConfigErrors([unavailable, invalid, budget], locale.messages, locale).map((e) => e.message),
      ).toEqual([
        locale.messages.validationUnavailable,
        locale.messages.configInvalid,
        locale.messages.specTooComplex,
      ]);
    }
  });

  it("translates core's API error fallbacks, and leaves a server's own words as they are", () => {
    // Core's class and fallbacks, as the submit's chunk hands them in.
    const core = { ApiError: CredentialApiError, apiMessages: API_MESSAGES };
    const fallback = normalizeApiError({ status: 409, body: "", contentType: null });
    expect(fallback.message).toBe(API_MESSAGES.conflict);
    expect(apiErrorText(fallback, fr.messages, fallback.message, core)).toBe(fr.messages.apiErrors.conflict);
    const server = normalizeApiError({ status: 503, body: "", contentType: null });
    expect(apiErrorText(server, ja.messages, server.message, core)).toBe(
      ja.messages.apiErrors.server.replace("#", "503"),
    );
    const worded = normalizeApiError({
      status: 409,
      body: JSON.stringify({ message: "A source named acme exists." }),
      contentType: "application/json",
    });
    expect(apiErrorText(worded, de.messages, worded.message, core)).toBe("A source named acme exists.");
    expect(apiErrorText(new Error("plain"), de.messages, "plain", core)).toBe("plain");
  });
});

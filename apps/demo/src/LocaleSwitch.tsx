import type { CredentialFormLocale } from "@credential-form/react";
import { useEffect, useState } from "react";

/** The locale packs the demo offers, each loaded on demand: a host pays only for the one it imports. */
const PACKS: Record<string, { label: string; load: () => Promise<CredentialFormLocale> }> = {
  en: { label: "English", load: () => import("@credential-form/react/locales/en").then((m) => m.en) },
  de: { label: "Deutsch", load: () => import("@credential-form/react/locales/de").then((m) => m.de) },
  fr: { label: "Français", load: () => import("@credential-form/react/locales/fr").then((m) => m.fr) },
  es: { label: "Español", load: () => import("@credential-form/react/locales/es").then((m) => m.es) },
  "pt-BR": {
    label: "Português (Brasil)",
    load: () => import("@credential-form/react/locales/pt-BR").then((m) => m.ptBR),
  },
  ja: { label: "日本語", load: () => import("@credential-form/react/locales/ja").then((m) => m.ja) },
};

/** The locale code from `?locale=` (default English), so a link or a test can open any. */
export function readLocale(): string {
  const code = new URLSearchParams(window.location.search).get("locale") ?? "en";
  return Object.hasOwn(PACKS, code) ? code : "en";
}

/** The pack of `code` once loaded (undefined meanwhile: the form shows English until then). */
export function useLocalePack(code: string): CredentialFormLocale | undefined {
  const [pack, setPack] = useState<{ code: string; locale: CredentialFormLocale }>();
  useEffect(() => {
    let current = true;
    void PACKS[code]?.load().then((locale) => {
      if (current) setPack({ code, locale });
    });
    return () => {
      current = false;
    };
  }, [code]);
  return pack?.code === code ? pack.locale : undefined;
}

/** Props of {@link LocaleSwitch}. */
export interface LocaleSwitchProps {
  locale: string;
  onChange: (locale: string) => void;
  rtl: boolean;
  onRtlChange: (rtl: boolean) => void;
}

/** The language of the form and the widget, and the page's direction (to try right-to-left layout). */
export function LocaleSwitch({ locale, onChange, rtl, onRtlChange }: LocaleSwitchProps) {
  return (
    <div className="demo-card demo-locale">
      <label>
        Language{" "}
        <select
          value={locale}
          onChange={(event) => {
            onChange(event.target.value);
            const url = new URL(window.location.href);
            url.searchParams.set("locale", event.target.value);
            window.history.replaceState(null, "", url);
          }}
        >
          {Object.entries(PACKS).map(([code, { label }]) => (
            <option key={code} value={code}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input type="checkbox" checked={rtl} onChange={(event) => onRtlChange(event.target.checked)} /> Right
        to left
      </label>
    </div>
  );
}

import type { Decorator, Preview } from "@storybook/react-vite";
import { createElement } from "react";
import { CredentialForm } from "../packages/react/src/CredentialForm.js";
import type { CredentialFormLocale } from "../packages/react/src/CredentialFormLocale.js";
import { ConnectorList } from "../packages/react/src/connectors/ConnectorList.js";
import { ConnectorEditForm } from "../packages/react/src/edit/ConnectorEditForm.js";
import { de } from "../packages/react/src/locales/de.js";
import { en } from "../packages/react/src/locales/en.js";
import { es } from "../packages/react/src/locales/es.js";
import { fr } from "../packages/react/src/locales/fr.js";
import { ja } from "../packages/react/src/locales/ja.js";
import { ptBR } from "../packages/react/src/locales/pt-BR.js";
import { CredentialWidget } from "../packages/react/src/widget/CredentialWidget.js";
import { SourceTemplatePicker } from "../packages/react/src/widget/SourceTemplatePicker.js";

const LOCALES: Record<string, CredentialFormLocale> = { en, de, fr, es, "pt-BR": ptBR, ja };

/** The toolbar's "Locale" and "Direction" menus. */
export const localeGlobalTypes: NonNullable<Preview["globalTypes"]> = {
  locale: {
    description: "Locale pack passed to the form, the widget and the picker",
    toolbar: {
      title: "Locale",
      icon: "globe",
      items: [
        { value: "en", title: "English" },
        { value: "de", title: "Deutsch" },
        { value: "fr", title: "Français" },
        { value: "es", title: "Español" },
        { value: "pt-BR", title: "Português (Brasil)" },
        { value: "ja", title: "日本語" },
      ],
      dynamicTitle: true,
    },
  },
  dir: {
    description: "Text direction around the story",
    toolbar: {
      title: "Direction",
      icon: "transfer",
      items: [
        { value: "ltr", title: "Left to right" },
        { value: "rtl", title: "Right to left" },
      ],
      dynamicTitle: true,
    },
  },
};

const LOCALIZED: ReadonlySet<unknown> = new Set([
  CredentialForm,
  CredentialWidget,
  SourceTemplatePicker,
  ConnectorList,
  ConnectorEditForm,
]);

/**
 * Applies the toolbar's locale to stories of the form, the widget, the picker, the connections list and the edit
 * form (a story's own `locale` arg
 * wins), and its direction to the story's wrapper. With the defaults (English, left to right) nothing changes, so
 * the stories' tests see what they always saw.
 */
export const localeDecorator: Decorator = (Story, context) => {
  const locale = LOCALES[String(context.globals.locale ?? "en")];
  if (locale && locale !== en && LOCALIZED.has(context.component) && context.args.locale === undefined) {
    context.args.locale = locale;
  }
  const dir = context.globals.dir === "rtl" ? "rtl" : undefined;
  return dir ? createElement("div", { dir }, createElement(Story)) : createElement(Story);
};

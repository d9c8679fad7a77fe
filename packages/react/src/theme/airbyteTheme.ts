import type { ThemeProps } from "@rjsf/core";
import { ArrayFieldItemTemplate } from "./ArrayFieldItemTemplate.js";
import { ArrayFieldTemplate } from "./ArrayFieldTemplate.js";
import { BaseInputTemplate } from "./BaseInputTemplate.js";
import { CheckboxWidget } from "./CheckboxWidget.js";
import { DateTimeWidget } from "./DateTimeWidget.js";
import { DescriptionFieldTemplate } from "./DescriptionFieldTemplate.js";
import { FieldErrorTemplate } from "./FieldErrorTemplate.js";
import { FieldHelpTemplate } from "./FieldHelpTemplate.js";
import { FieldTemplate } from "./FieldTemplate.js";
import { ObjectFieldTemplate } from "./ObjectFieldTemplate.js";
import { OneOfField } from "./OneOfField.js";
import { SecretWidget } from "./SecretWidget.js";
import { SelectWidget } from "./SelectWidget.js";
import { TextareaWidget } from "./TextareaWidget.js";
import { TitleFieldTemplate } from "./TitleFieldTemplate.js";

/** The RJSF theme for Airbyte specs: pass to `withTheme` from `@rjsf/core`, or spread and override parts. */
export const airbyteTheme = {
  templates: {
    ArrayFieldTemplate,
    ArrayFieldItemTemplate,
    BaseInputTemplate,
    DescriptionFieldTemplate,
    FieldErrorTemplate,
    FieldHelpTemplate,
    FieldTemplate,
    ObjectFieldTemplate,
    TitleFieldTemplate,
  },
  widgets: {
    SecretWidget,
    TextareaWidget,
    SelectWidget,
    CheckboxWidget,
    DateTimeWidget,
  },
  fields: {
    OneOfField,
  },
} satisfies ThemeProps;

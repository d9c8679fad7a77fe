/**
 * @credential-form/react — collect Airbyte connector credentials in your own UI:
 * `<CredentialForm>`, the headless `useCredentialForm`, TanStack Query helpers and the RJSF theme.
 */

export type { CredentialFormCreateProps, CredentialFormProps } from "./CredentialForm.js";
export { CredentialForm } from "./CredentialForm.js";
export type { CredentialFormLocale } from "./CredentialFormLocale.js";
export type { ConnectorEditStatus, UseConnectorEditResult } from "./edit/useConnectorEditTypes.js";
export type {
  CheckFailedEvent,
  CheckSkippedEvent,
  CheckStartedEvent,
  CheckSucceededEvent,
  CredentialFormCancelEvent,
  CredentialFormErrorEvent,
  CredentialFormEvent,
  CredentialFormEventError,
  CredentialFormReadyEvent,
  CredentialFormSourceSummary,
  CredentialFormSubmitEvent,
  CredentialFormSuccessEvent,
  PartialUserConfigCreatedEvent,
  PartialUserConfigCreateErrorEvent,
  SourceCreatedEvent,
  SourceCreateErrorEvent,
  SourceUpdatedEvent,
  SourceUpdateErrorEvent,
} from "./events.js";
export type { CredentialFormMessages } from "./messages.js";
export { defaultMessages } from "./messages.js";
export type { ConnectorSpecQueryInput, PreparedFormQueryInput, SourceTemplateQueryInput } from "./queries.js";
export {
  connectorSpecQuery,
  credentialFormQueryKey,
  preparedFormQuery,
  sourceTemplateQuery,
} from "./queries.js";
export { ArrayFieldItemTemplate } from "./theme/ArrayFieldItemTemplate.js";
export { ArrayFieldTemplate } from "./theme/ArrayFieldTemplate.js";
export { airbyteTheme } from "./theme/airbyteTheme.js";
export { BaseInputTemplate } from "./theme/BaseInputTemplate.js";
export { CheckboxWidget } from "./theme/CheckboxWidget.js";
export { DateTimeWidget } from "./theme/DateTimeWidget.js";
export { DescriptionFieldTemplate } from "./theme/DescriptionFieldTemplate.js";
export { FieldErrorTemplate } from "./theme/FieldErrorTemplate.js";
export { FieldHelpTemplate } from "./theme/FieldHelpTemplate.js";
export { FieldTemplate } from "./theme/FieldTemplate.js";
export type { CredentialFormContext } from "./theme/formMessages.js";
export type { MarkdownProps } from "./theme/Markdown.js";
export { Markdown } from "./theme/Markdown.js";
export type { FieldGroup } from "./theme/ObjectFieldTemplate.js";
export { ObjectFieldTemplate } from "./theme/ObjectFieldTemplate.js";
export { OneOfField } from "./theme/OneOfField.js";
export { rjsfTranslator } from "./theme/rjsfTranslator.js";
export { SecretWidget } from "./theme/SecretWidget.js";
export { SelectWidget } from "./theme/SelectWidget.js";
export { CREDENTIAL_FORM_STYLE_ID, credentialFormCss, injectStyles, themeTokens } from "./theme/styles.js";
export { TextareaWidget } from "./theme/TextareaWidget.js";
export { TitleFieldTemplate } from "./theme/TitleFieldTemplate.js";
export type {
  CredentialFormLoadError,
  CredentialFormRjsfProps,
  CredentialFormStatus,
  CredentialFormSubmitError,
  CredentialFormTemplate,
  UseCredentialFormOptions,
  UseCredentialFormResult,
} from "./useCredentialForm.js";
export { useCredentialForm } from "./useCredentialForm.js";
export type { UseCredentialFormEditOptions } from "./useCredentialFormTypes.js";
export { credentialFormValidator } from "./validator.js";

import { type BaseInputTemplateProps, getInputProps } from "@rjsf/utils";
import { SecretWidget } from "./SecretWidget.js";
import { useDraftValue } from "./useDraftValue.js";

/**
 * The `<input>` behind text, number, email, url, date and date-time widgets, with `aria-invalid`; the
 * registry's `SecretWidget` (this theme's {@link SecretWidget} unless replaced) for an `airbyte_secret` field.
 */
export function BaseInputTemplate(props: BaseInputTemplateProps) {
  // The uiSchema gives a secret field the SecretWidget, but a field RJSF brings in from a conditional (`dependencies`,
  // `if`/`then`/`else`) has no uiSchema of its own: chosen by its resolved schema, it is masked and uncontrolled too.
  // `secretChosen` marks the one chosen here: a SecretWidget that renders this template in turn (RJSF's
  // PasswordWidget does) gets the plain input, not itself again.
  if (props.schema.airbyte_secret !== true || props.options.secretChosen) return <PlainInput {...props} />;
  // The registry's: edit mode replaces it (KeptSecretWidget), and so may a host.
  const Secret = props.registry.widgets.SecretWidget ?? SecretWidget;
  return <Secret {...props} options={{ ...props.options, secretChosen: true }} />;
}

function PlainInput(props: BaseInputTemplateProps) {
  const { value, onChangeOverride, placeholder, autocomplete } = props;
  const inputProps = getInputProps(props.schema, props.type, props.options);
  const isNumber = inputProps.type === "number" || inputProps.type === "integer";
  // A keystroke only re-renders this input; the form gets the value on blur (or when the form submits).
  const control = useDraftValue(props, isNumber && !value && value !== 0 ? "" : value);
  return (
    <input
      {...inputProps}
      {...control}
      {...(onChangeOverride ? { value: value ?? "", onChange: onChangeOverride } : {})}
      className="cf-input"
      placeholder={placeholder || undefined}
      autoComplete={typeof autocomplete === "string" ? autocomplete : inputProps.autoComplete}
    />
  );
}

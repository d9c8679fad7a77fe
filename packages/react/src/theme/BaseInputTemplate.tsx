import { type BaseInputTemplateProps, getInputProps } from "@rjsf/utils";
import { type ChangeEvent, useCallback } from "react";
import { widgetDescription } from "./describedBy.js";
import { useDraftValue } from "./useDraftValue.js";

/** The `<input>` behind text, number, email, url, date and date-time widgets, with `aria-invalid`. */
export function BaseInputTemplate(props: BaseInputTemplateProps) {
  const {
    id,
    htmlName,
    value,
    readonly,
    disabled,
    autofocus,
    onBlur,
    onFocus,
    onChange,
    onChangeOverride,
    options,
    schema,
    type,
    placeholder,
    required,
    autocomplete,
  } = props;
  const inputProps = getInputProps(schema, type, options);
  const isNumber = inputProps.type === "number" || inputProps.type === "integer";
  const commit = useCallback(
    (raw: string) => onChange(raw === "" ? options.emptyValue : raw),
    [onChange, options.emptyValue],
  );
  // A keystroke only re-renders this input; the form gets the value on blur (or when the form submits).
  const draft = useDraftValue(isNumber && !value && value !== 0 ? "" : value, props.registry, commit);
  const handleChange = useCallback(
    ({ target }: ChangeEvent<HTMLInputElement>) => draft.change(target.value),
    [draft.change],
  );
  const invalid = !props.hideError && (props.rawErrors?.length ?? 0) > 0;
  return (
    <input
      {...inputProps}
      id={id}
      name={htmlName || id}
      className="cf-input"
      readOnly={readonly}
      disabled={disabled}
      // biome-ignore lint/a11y/noAutofocus: only when the host asks for it with ui:autofocus
      autoFocus={autofocus}
      required={required}
      placeholder={placeholder || undefined}
      autoComplete={typeof autocomplete === "string" ? autocomplete : inputProps.autoComplete}
      value={onChangeOverride ? (value ?? "") : draft.shown}
      onChange={onChangeOverride || handleChange}
      onBlur={({ target }) => {
        draft.flush();
        onBlur(id, target.value);
      }}
      onFocus={({ target }) => onFocus(id, target.value)}
      aria-invalid={invalid || undefined}
      aria-describedby={widgetDescription(props)}
    />
  );
}

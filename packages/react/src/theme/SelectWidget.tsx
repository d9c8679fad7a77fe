import {
  enumOptionSelectedValue,
  enumOptionValueDecoder,
  enumOptionValueEncoder,
  getOptionValueFormat,
  type WidgetProps,
} from "@rjsf/utils";
import type { ChangeEvent } from "react";
import { widgetDescription } from "./describedBy.js";
import { formMessages } from "./formMessages.js";

function selected(event: ChangeEvent<HTMLSelectElement>, multiple: boolean): string | string[] {
  if (!multiple) return event.target.value;
  return Array.from(event.target.options)
    .filter((option) => option.selected)
    .map((option) => option.value);
}

/** Dropdown for enums, with `aria-invalid` and `aria-describedby`. */
export function SelectWidget(props: WidgetProps) {
  const {
    id,
    htmlName,
    value,
    disabled,
    readonly,
    autofocus,
    required,
    multiple = false,
    onChange,
    onBlur,
    onFocus,
  } = props;
  const { enumOptions, enumDisabled, emptyValue } = props.options;
  const format = getOptionValueFormat(props.options);
  const decode = (event: ChangeEvent<HTMLSelectElement>) =>
    enumOptionValueDecoder(selected(event, multiple), enumOptions, format, emptyValue);
  const selectValue = enumOptionSelectedValue(value, enumOptions, multiple, format, multiple ? [] : "");
  const invalid = !props.hideError && (props.rawErrors?.length ?? 0) > 0;
  const showPlaceholder = !multiple && props.schema.default === undefined;
  return (
    <select
      id={id}
      name={htmlName || id}
      className="cf-input"
      multiple={multiple}
      value={selectValue}
      required={required}
      disabled={disabled || readonly}
      // biome-ignore lint/a11y/noAutofocus: only when the host asks for it with ui:autofocus
      autoFocus={autofocus}
      onChange={(event) => onChange(decode(event))}
      onBlur={(event) => onBlur(id, decode(event))}
      onFocus={(event) => onFocus(id, decode(event))}
      aria-invalid={invalid || undefined}
      aria-describedby={widgetDescription(props)}
    >
      {showPlaceholder && (
        <option value="">{props.placeholder || formMessages(props.registry).selectPlaceholder}</option>
      )}
      {(enumOptions ?? []).map((option, i) => (
        <option
          key={String(option.value)}
          value={enumOptionValueEncoder(option.value, i, format)}
          disabled={Array.isArray(enumDisabled) && enumDisabled.includes(option.value)}
        >
          {option.label}
        </option>
      ))}
    </select>
  );
}

import {
  enumOptionSelectedValue,
  enumOptionValueDecoder,
  enumOptionValueEncoder,
  getOptionValueFormat,
  type WidgetProps,
} from "@rjsf/utils";
import { formMessages } from "./formMessages.js";
import { widgetControl } from "./widgetControl.js";

function selected(select: HTMLSelectElement, multiple: boolean): string | string[] {
  if (!multiple) return select.value;
  return Array.from(select.options)
    .filter((option) => option.selected)
    .map((option) => option.value);
}

/** Dropdown for enums, with `aria-invalid` and `aria-describedby`. */
export function SelectWidget(props: WidgetProps) {
  const { value, disabled, readonly, required, multiple = false } = props;
  const { enumOptions, enumDisabled, emptyValue } = props.options;
  const format = getOptionValueFormat(props.options);
  const selectValue = enumOptionSelectedValue(value, enumOptions, multiple, format, multiple ? [] : "");
  const showPlaceholder = !multiple && props.schema.default === undefined;
  return (
    <select
      {...widgetControl(props, (select: HTMLSelectElement) =>
        enumOptionValueDecoder(selected(select, multiple), enumOptions, format, emptyValue),
      )}
      className="cf-input"
      multiple={multiple}
      value={selectValue}
      required={required}
      disabled={disabled || readonly}
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

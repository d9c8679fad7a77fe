import type { WidgetProps } from "@rjsf/utils";
import { type ChangeEvent, useCallback } from "react";
import { widgetDescription } from "./describedBy.js";

/** Textarea for `multiline` fields, with `aria-invalid` and `aria-describedby`. */
export function TextareaWidget(props: WidgetProps) {
  const {
    id,
    htmlName,
    value,
    disabled,
    readonly,
    autofocus,
    required,
    placeholder,
    onChange,
    onBlur,
    onFocus,
    options,
  } = props;
  const handleChange = useCallback(
    ({ target }: ChangeEvent<HTMLTextAreaElement>) =>
      onChange(target.value === "" ? options.emptyValue : target.value),
    [onChange, options.emptyValue],
  );
  const invalid = !props.hideError && (props.rawErrors?.length ?? 0) > 0;
  return (
    <textarea
      id={id}
      name={htmlName || id}
      className="cf-input"
      value={typeof value === "string" ? value : value == null ? "" : String(value)}
      placeholder={placeholder || undefined}
      required={required}
      disabled={disabled}
      readOnly={readonly}
      // biome-ignore lint/a11y/noAutofocus: only when the host asks for it with ui:autofocus
      autoFocus={autofocus}
      rows={typeof options.rows === "number" ? options.rows : 5}
      onChange={handleChange}
      onBlur={({ target }) => onBlur(id, target.value)}
      onFocus={({ target }) => onFocus(id, target.value)}
      aria-invalid={invalid || undefined}
      aria-describedby={widgetDescription(props)}
    />
  );
}

import type { WidgetProps } from "@rjsf/utils";
import { type ChangeEvent, useCallback } from "react";
import { widgetDescription } from "./describedBy.js";
import { useDraftValue } from "./useDraftValue.js";

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
  const commit = useCallback(
    (raw: string) => onChange(raw === "" ? options.emptyValue : raw),
    [onChange, options.emptyValue],
  );
  const draft = useDraftValue(value, props.registry, commit);
  const handleChange = useCallback(
    ({ target }: ChangeEvent<HTMLTextAreaElement>) => draft.change(target.value),
    [draft.change],
  );
  const invalid = !props.hideError && (props.rawErrors?.length ?? 0) > 0;
  return (
    <textarea
      id={id}
      name={htmlName || id}
      className="cf-input"
      value={draft.shown}
      placeholder={placeholder || undefined}
      required={required}
      disabled={disabled}
      readOnly={readonly}
      // biome-ignore lint/a11y/noAutofocus: only when the host asks for it with ui:autofocus
      autoFocus={autofocus}
      rows={typeof options.rows === "number" ? options.rows : 5}
      onChange={handleChange}
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

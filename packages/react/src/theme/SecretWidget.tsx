import type { WidgetProps } from "@rjsf/utils";
import { type ChangeEvent, useCallback, useState } from "react";
import { widgetDescription } from "./describedBy.js";
import { formMessages } from "./formMessages.js";
import { useDraftValue } from "./useDraftValue.js";

function toValue(raw: string, type: unknown, emptyValue: unknown): unknown {
  if (raw === "") return emptyValue;
  if (type === "integer" || type === "number") {
    const n = Number(raw);
    return Number.isNaN(n) ? raw : n;
  }
  return raw;
}

/**
 * Masked input for `airbyte_secret` fields: a show/hide toggle with an accessible name,
 * `autocomplete="new-password"`, and never a placeholder (examples of secrets are not shown).
 */
export function SecretWidget(props: WidgetProps) {
  const {
    id,
    htmlName,
    value,
    disabled,
    readonly,
    autofocus,
    required,
    onChange,
    onBlur,
    onFocus,
    schema,
    options,
    label,
  } = props;
  const [visible, setVisible] = useState(false);
  const messages = formMessages(props.registry);
  const invalid = !props.hideError && (props.rawErrors?.length ?? 0) > 0;
  const multiline = options.multiline === true || schema.multiline === true;
  const commit = useCallback(
    (raw: string) => onChange(toValue(raw, schema.type, options.emptyValue)),
    [onChange, schema.type, options.emptyValue],
  );
  const draft = useDraftValue(value, props.registry, commit);
  const handleChange = useCallback(
    (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => draft.change(event.target.value),
    [draft.change],
  );
  const common = {
    id,
    name: htmlName || id,
    value: draft.shown,
    disabled: disabled || readonly,
    readOnly: readonly,
    required,
    autoFocus: autofocus,
    autoComplete: "new-password",
    spellCheck: false,
    autoCapitalize: "off",
    autoCorrect: "off",
    "aria-invalid": invalid || undefined,
    "aria-describedby": widgetDescription(props),
    onChange: handleChange,
    onBlur: () => {
      draft.flush();
      onBlur(id, value);
    },
    onFocus: () => onFocus(id, value),
    "data-secret": "true",
  } as const;
  const name = label || id;
  return (
    <div className="cf-secret">
      {multiline ? (
        <textarea {...common} className={visible ? "cf-input" : "cf-input cf-masked"} />
      ) : (
        <input {...common} className="cf-input" type={visible ? "text" : "password"} />
      )}
      <button
        type="button"
        className="cf-button cf-secret-toggle"
        aria-controls={id}
        aria-pressed={visible}
        aria-label={visible ? messages.hideSecret(name) : messages.showSecret(name)}
        disabled={disabled}
        onClick={() => setVisible((v) => !v)}
      >
        {visible ? messages.hide : messages.show}
      </button>
    </div>
  );
}

import type { WidgetProps } from "@rjsf/utils";
import { useState } from "react";
import { formMessages } from "./formMessages.js";
import { useDraftValue } from "./useDraftValue.js";

/**
 * Masked input for `airbyte_secret` fields: a show/hide toggle with an accessible name,
 * `autocomplete="new-password"`, and never a placeholder (examples of secrets are not shown).
 */
export function SecretWidget(props: WidgetProps) {
  const { id, disabled, readonly, options, label } = props;
  const [visible, setVisible] = useState(false);
  const messages = formMessages(props.registry);
  const common = {
    ...useDraftValue(props, props.value, true),
    disabled: disabled || readonly,
    autoComplete: "new-password",
    spellCheck: false,
    autoCapitalize: "off",
    autoCorrect: "off",
    "data-secret": "true",
  } as const;
  const name = label || id;
  return (
    <div className="cf-secret">
      {options.multiline === true || props.schema.multiline === true ? (
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

import type { WidgetProps } from "@rjsf/utils";
import { useLayoutEffect, useRef, useState } from "react";
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
  // Uncontrolled: React would write a controlled value into the input's `value` attribute and a textarea's text
  // node, where the secret could be read back from the DOM (serialisers, extensions, session replay). The value
  // is set as the element's property only, and only when it differs from what the user typed.
  const { value, ...draft } = useDraftValue(props, props.value, true);
  const element = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    if (element.current && element.current.value !== value) element.current.value = value;
  });
  const common = {
    ...draft,
    ref: element,
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

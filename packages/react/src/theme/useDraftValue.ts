import type { WidgetProps } from "@rjsf/utils";
import { useCallback, useEffect, useRef, useState } from "react";
import type { CredentialFormContext } from "./formMessages.js";
import { type WidgetControl, widgetControl } from "./widgetControl.js";

type TextControl = HTMLInputElement | HTMLTextAreaElement;

/** What {@link useDraftValue} returns: the props to spread on the `<input>` or `<textarea>`. */
export interface DraftControlProps extends WidgetControl<TextControl> {
  /** The text to show: what the user is typing, else the form's value. */
  value: string;
  required: boolean | undefined;
  disabled: boolean | undefined;
  readOnly: boolean | undefined;
}

/**
 * The value, handlers and ARIA attributes of a text widget's control. Keeps what the user types in the widget until
 * blur (or until `<CredentialForm>` flushes drafts on submit), so a keystroke re-renders this input only, not the
 * whole RJSF form. Outside `<CredentialForm>` (no `drafts` in `formContext`) every keystroke is committed
 * immediately, as RJSF widgets usually do. An empty text commits the field's `emptyValue`. `typed` (the secret
 * widget, which no RJSF number field converts for): numbers are committed as numbers, and blur and focus report
 * the form's value rather than the text.
 */
export function useDraftValue(
  props: WidgetProps,
  shown: unknown = props.value,
  typed = false,
): DraftControlProps {
  const { schema } = props;
  const drafts = (props.registry.formContext as CredentialFormContext | undefined)?.drafts;
  const [draft, setDraft] = useState<string | null>(null);
  const latest = useRef({ draft, commit: props.onChange });
  latest.current.commit = (raw: string) => {
    const number = Number(raw);
    props.onChange(
      raw === ""
        ? props.options.emptyValue
        : typed && (schema.type === "integer" || schema.type === "number") && !Number.isNaN(number)
          ? number
          : raw,
    );
  };
  const flush = useCallback(() => {
    const pending = latest.current.draft;
    if (pending === null) return false;
    latest.current.draft = null;
    setDraft(null);
    latest.current.commit(pending);
    return true;
  }, []);
  const pending = draft !== null;
  useEffect(() => {
    if (!drafts || !pending) return;
    drafts.add(flush);
    return () => {
      drafts.delete(flush);
    };
  }, [drafts, pending, flush]);
  const control = widgetControl(props, (target: TextControl) => (typed ? props.value : target.value));
  return {
    ...control,
    value: draft ?? (shown === undefined || shown === null ? "" : String(shown)),
    required: props.required,
    disabled: props.disabled,
    readOnly: props.readonly,
    onChange: ({ target }) => {
      if (!drafts) return latest.current.commit(target.value);
      latest.current.draft = target.value;
      setDraft(target.value);
    },
    onBlur: (event) => {
      flush();
      control.onBlur(event);
    },
  };
}

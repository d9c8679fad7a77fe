import { descriptionId, errorId, helpId, type WidgetProps } from "@rjsf/utils";

/** What {@link widgetControl} returns: spread it on the widget's control. */
export interface WidgetControl<T> {
  id: string;
  name: string;
  autoFocus: boolean | undefined;
  onChange: (event: { target: T }) => void;
  onBlur: (event: { target: T }) => void;
  onFocus: (event: { target: T }) => void;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}

/**
 * The attributes and handlers every widget's control shares: id, name and autofocus; change, blur and focus
 * reporting `read(target)` as the value; `aria-invalid`, and `aria-describedby` listing only elements the theme
 * actually renders: the errors, the description (`description`: by default the one the field template shows)
 * and the help text.
 */
export function widgetControl<T>(
  props: WidgetProps,
  read: (target: T) => unknown,
  description: unknown = props.options.description ??
    props.uiSchema?.["ui:description"] ??
    props.schema.description,
): WidgetControl<T> {
  const { id, options } = props;
  const invalid = !props.hideError && (props.rawErrors?.length ?? 0) > 0;
  const ids = [
    invalid && errorId(id),
    !props.hideLabel && typeof description === "string" && description.trim() !== "" && descriptionId(id),
    typeof options.help === "string" && options.help !== "" && helpId(id),
  ];
  return {
    id,
    name: props.htmlName || id,
    autoFocus: props.autofocus,
    onChange: ({ target }) => props.onChange(read(target)),
    onBlur: ({ target }) => props.onBlur(id, read(target)),
    onFocus: ({ target }) => props.onFocus(id, read(target)),
    "aria-invalid": invalid || undefined,
    "aria-describedby": ids.filter(Boolean).join(" ") || undefined,
  };
}

import type { WidgetProps } from "@rjsf/utils";
import { useDraftValue } from "./useDraftValue.js";

/** Textarea for `multiline` fields, with `aria-invalid` and `aria-describedby`. */
export function TextareaWidget(props: WidgetProps) {
  const { rows } = props.options;
  return (
    <textarea
      {...useDraftValue(props)}
      className="cf-input"
      placeholder={props.placeholder || undefined}
      rows={typeof rows === "number" ? rows : 5}
    />
  );
}

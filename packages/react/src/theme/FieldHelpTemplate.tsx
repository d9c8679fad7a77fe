import { type FieldHelpProps, helpId } from "@rjsf/utils";
import { Markdown } from "./Markdown.js";

/** A field's help text (from `pattern_descriptor`), as safe markdown. */
export function FieldHelpTemplate({ help, fieldPathId }: FieldHelpProps) {
  if (!help) return null;
  return typeof help === "string" ? (
    <Markdown id={helpId(fieldPathId)} className="cf-help" source={help} />
  ) : (
    <div id={helpId(fieldPathId)} className="cf-help">
      {help}
    </div>
  );
}

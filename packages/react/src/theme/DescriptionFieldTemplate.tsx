import type { DescriptionFieldProps } from "@rjsf/utils";
import { Markdown } from "./Markdown.js";

/** An object's or array's description, as safe markdown. */
export function DescriptionFieldTemplate({ id, description }: DescriptionFieldProps) {
  if (!description) return null;
  if (typeof description === "string")
    return <Markdown id={id} className="cf-description" source={description} />;
  return (
    <div id={id} className="cf-description">
      {description}
    </div>
  );
}

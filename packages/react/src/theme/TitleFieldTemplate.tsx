import type { TitleFieldProps } from "@rjsf/utils";
import { Caption } from "./Caption.js";

/** An object's or array's title, rendered as the `<legend>` of its fieldset. */
export function TitleFieldTemplate({ id, title, required, registry }: TitleFieldProps) {
  return <Caption as="legend" id={id} text={title} required={required} registry={registry} />;
}

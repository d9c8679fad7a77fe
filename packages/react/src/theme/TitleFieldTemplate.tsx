import type { TitleFieldProps } from "@rjsf/utils";
import { formMessages } from "./formMessages.js";
import { Markdown } from "./Markdown.js";

/** An object's or array's title, rendered as the `<legend>` of its fieldset. */
export function TitleFieldTemplate({ id, title, required, registry }: TitleFieldProps) {
  const messages = formMessages(registry);
  return (
    <legend id={id}>
      <Markdown source={title} inline />
      {required && (
        <span className="cf-required" title={messages.required}>
          <span aria-hidden="true">*</span>
          <span className="cf-visually-hidden"> ({messages.required})</span>
        </span>
      )}
    </legend>
  );
}

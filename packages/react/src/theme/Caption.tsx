import type { Registry } from "@rjsf/utils";
import { formMessages } from "./formMessages.js";
import { Markdown } from "./Markdown.js";

/** Props of {@link Caption}. */
export interface CaptionProps {
  /** The element: a `<label>` for one control, a `<legend>` for a fieldset. */
  as: "label" | "legend";
  /** The caption, as inline markdown. */
  text: string;
  required: boolean | undefined;
  registry: Registry;
  id?: string | undefined;
  htmlFor?: string | undefined;
  className?: string | undefined;
}

/**
 * A label or legend: the text as inline markdown, then for required fields a visible `*` that screen readers
 * skip, and "(required)" that only they read.
 */
export function Caption({ as: Element, text, required, registry, ...attributes }: CaptionProps) {
  const messages = formMessages(registry);
  return (
    <Element {...attributes}>
      <Markdown source={text} inline />
      {required && (
        <span className="cf-required" title={messages.required}>
          <span aria-hidden="true">*</span>
          <span className="cf-visually-hidden"> ({messages.required})</span>
        </span>
      )}
    </Element>
  );
}

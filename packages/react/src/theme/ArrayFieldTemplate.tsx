import { type ArrayFieldTemplateProps, buttonId, getUiOptions, helpId } from "@rjsf/utils";
import { FieldsetHeading } from "./FieldsetHeading.js";
import { formMessages } from "./formMessages.js";
import { Markdown } from "./Markdown.js";
import { singularLabel } from "./singularLabel.js";

/**
 * An array as a fieldset: legend, description, the item list and an "Add <item>" button. The array's help text
 * (`pattern_descriptor`) goes to each item's input (see `ArrayFieldItemTemplate`); with no item yet it shows
 * under the legend.
 */
export function ArrayFieldTemplate(props: ArrayFieldTemplateProps) {
  const { canAdd, disabled, readonly, fieldPathId, uiSchema, items, onAddClick, registry, schema, title } =
    props;
  const uiOptions = getUiOptions(uiSchema);
  const messages = formMessages(registry);
  const label = (typeof uiOptions.title === "string" && uiOptions.title) || title || "";
  const description = uiOptions.description || schema.description;
  const help = typeof uiOptions.help === "string" ? uiOptions.help : "";
  const itemSchema = typeof schema.items === "object" && !Array.isArray(schema.items) ? schema.items : null;
  const itemName =
    (typeof itemSchema?.title === "string" && itemSchema.title) || (label ? singularLabel(label) : "");
  return (
    <fieldset className="cf-array" id={fieldPathId.$id}>
      <FieldsetHeading {...props} title={label} description={description} />
      {help && items.length === 0 && (
        <Markdown id={helpId(fieldPathId)} className="cf-help cf-array-help" source={help} />
      )}
      {items.length > 0 && <ul className="cf-array-items">{items}</ul>}
      {canAdd && (
        <button
          type="button"
          id={buttonId(fieldPathId, "add")}
          className="cf-button cf-array-add"
          disabled={disabled || readonly}
          onClick={onAddClick}
        >
          {messages.addNamedItem(itemName)}
        </button>
      )}
    </fieldset>
  );
}

import { type ArrayFieldTemplateProps, buttonId, getUiOptions } from "@rjsf/utils";
import { FieldsetHeading } from "./FieldsetHeading.js";
import { formMessages } from "./formMessages.js";

/** An array as a fieldset: legend, description, the item list and an "Add" button with an accessible name. */
export function ArrayFieldTemplate(props: ArrayFieldTemplateProps) {
  const { canAdd, disabled, readonly, fieldPathId, uiSchema, items, onAddClick, registry, schema, title } =
    props;
  const uiOptions = getUiOptions(uiSchema);
  const messages = formMessages(registry);
  const label = (typeof uiOptions.title === "string" && uiOptions.title) || title || "";
  const description = uiOptions.description || schema.description;
  return (
    <fieldset className="cf-array" id={fieldPathId.$id}>
      <FieldsetHeading {...props} title={label} description={description} />
      {items.length > 0 && <ul className="cf-array-items">{items}</ul>}
      {canAdd && (
        <button
          type="button"
          id={buttonId(fieldPathId, "add")}
          className="cf-button cf-array-add"
          aria-label={messages.addItem(label)}
          disabled={disabled || readonly}
          onClick={onAddClick}
        >
          {messages.add}
        </button>
      )}
    </fieldset>
  );
}

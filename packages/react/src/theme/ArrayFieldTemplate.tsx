import {
  type ArrayFieldTemplateProps,
  buttonId,
  descriptionId,
  getTemplate,
  getUiOptions,
  titleId,
} from "@rjsf/utils";
import { formMessages } from "./formMessages.js";

/** An array as a fieldset: legend, description, the item list and an "Add" button with an accessible name. */
export function ArrayFieldTemplate(props: ArrayFieldTemplateProps) {
  const {
    canAdd,
    disabled,
    readonly,
    fieldPathId,
    uiSchema,
    items,
    onAddClick,
    registry,
    required,
    schema,
    title,
  } = props;
  const uiOptions = getUiOptions(uiSchema);
  const messages = formMessages(registry);
  const TitleFieldTemplate = getTemplate("TitleFieldTemplate", registry, uiOptions);
  const DescriptionFieldTemplate = getTemplate("DescriptionFieldTemplate", registry, uiOptions);
  const label = (typeof uiOptions.title === "string" && uiOptions.title) || title || "";
  const description = uiOptions.description || schema.description;
  return (
    <fieldset className="cf-array" id={fieldPathId.$id}>
      {label && (
        <TitleFieldTemplate
          id={titleId(fieldPathId)}
          title={label}
          required={required === true}
          schema={schema}
          uiSchema={uiSchema ?? {}}
          registry={registry}
        />
      )}
      {description && (
        <DescriptionFieldTemplate
          id={descriptionId(fieldPathId)}
          description={description}
          schema={schema}
          uiSchema={uiSchema ?? {}}
          registry={registry}
        />
      )}
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

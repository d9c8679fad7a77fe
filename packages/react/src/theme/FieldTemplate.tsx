import { descriptionId, type FieldTemplateProps, getTemplate, getUiOptions } from "@rjsf/utils";
import { Caption } from "./Caption.js";
import { Markdown } from "./Markdown.js";

/**
 * Wraps every field: label (safe inline markdown), markdown description, the widget, errors and help.
 * Widgets point `aria-describedby` at the description, help and error ids rendered here.
 */
export function FieldTemplate(props: FieldTemplateProps) {
  const {
    id,
    label,
    children,
    errors,
    help,
    rawDescription,
    hidden,
    required,
    displayLabel,
    registry,
    uiSchema,
    schema,
  } = props;
  const uiOptions = getUiOptions(uiSchema);
  const WrapIfAdditionalTemplate = getTemplate("WrapIfAdditionalTemplate", registry, uiOptions);
  if (hidden) return <div className="cf-hidden">{children}</div>;
  const isCheckbox = uiOptions.widget === "checkbox" || (schema.type === "boolean" && !uiOptions.widget);
  const showLabel = displayLabel && !isCheckbox && label !== "";
  const invalid = (props.rawErrors?.length ?? 0) > 0;
  // An array's help text belongs next to its items' inputs: ArrayFieldTemplate and its items render it.
  const listHelp = schema.type === "array" && !registry.schemaUtils.isMultiSelect(schema);
  return (
    <WrapIfAdditionalTemplate {...props}>
      <div className={`cf-field ${props.classNames ?? ""}`.trim()} data-invalid={invalid || undefined}>
        {showLabel && (
          <Caption
            as="label"
            htmlFor={id}
            className="cf-label"
            text={label}
            required={required}
            registry={registry}
          />
        )}
        {displayLabel && rawDescription ? (
          <Markdown id={descriptionId(id)} className="cf-description" source={rawDescription} />
        ) : null}
        {children}
        {errors}
        {listHelp ? null : help}
      </div>
    </WrapIfAdditionalTemplate>
  );
}

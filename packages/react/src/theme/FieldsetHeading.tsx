import {
  descriptionId,
  type FieldPathId,
  getTemplate,
  getUiOptions,
  type Registry,
  type RJSFSchema,
  titleId,
  type UiSchema,
} from "@rjsf/utils";
import type { ReactElement } from "react";

/** Props of {@link FieldsetHeading}. */
export interface FieldsetHeadingProps {
  title?: string | undefined;
  description?: string | ReactElement | undefined;
  required?: boolean | undefined;
  fieldPathId: FieldPathId;
  schema: RJSFSchema;
  uiSchema?: UiSchema | undefined;
  registry: Registry;
}

/** The legend and description of an object or array fieldset, through the registry's title/description templates. */
export function FieldsetHeading(props: FieldsetHeadingProps) {
  const { title, description, required, fieldPathId, schema, uiSchema, registry } = props;
  const uiOptions = getUiOptions(uiSchema);
  const TitleFieldTemplate = getTemplate("TitleFieldTemplate", registry, uiOptions);
  const DescriptionFieldTemplate = getTemplate("DescriptionFieldTemplate", registry, uiOptions);
  const shared = { schema, uiSchema: uiSchema ?? {}, registry };
  return (
    <>
      {title && (
        <TitleFieldTemplate
          id={titleId(fieldPathId)}
          title={title}
          required={required === true}
          {...shared}
        />
      )}
      {description && (
        <DescriptionFieldTemplate id={descriptionId(fieldPathId)} description={description} {...shared} />
      )}
    </>
  );
}

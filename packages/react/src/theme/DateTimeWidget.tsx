import { getTemplate, type WidgetProps } from "@rjsf/utils";

/**
 * `date-time` fields as text: Airbyte specs pin exact shapes with `pattern` (e.g. `YYYY-MM-DDTHH:mm:ssZ`) that a
 * native `datetime-local` input would rewrite, so the user types the value the spec documents.
 */
export function DateTimeWidget(props: WidgetProps) {
  const BaseInputTemplate = getTemplate("BaseInputTemplate", props.registry, props.options);
  return <BaseInputTemplate {...props} type="text" />;
}

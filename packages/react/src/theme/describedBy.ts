import { descriptionId, errorId, helpId, type UiSchema } from "@rjsf/utils";

/** What a widget knows about the text around it, to build `aria-describedby` from ids that exist. */
export interface DescribedByInput {
  id: string;
  hasErrors: boolean;
  hasDescription: boolean;
  hasHelp: boolean;
}

/** Builds `aria-describedby` for a widget, listing only elements the theme actually renders. */
export function describedBy({
  id,
  hasErrors,
  hasDescription,
  hasHelp,
}: DescribedByInput): string | undefined {
  const ids = [
    hasErrors ? errorId(id) : null,
    hasDescription ? descriptionId(id) : null,
    hasHelp ? helpId(id) : null,
  ].filter((value): value is string => value !== null);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

/** The widget-level facts `describedBy` needs, read from standard RJSF widget props. */
export function widgetDescription(props: {
  id: string;
  rawErrors?: string[] | undefined;
  hideLabel?: boolean | undefined;
  hideError?: boolean | undefined;
  schema: { description?: unknown };
  uiSchema?: UiSchema | undefined;
  options: { help?: unknown; description?: unknown };
}): string | undefined {
  const description =
    props.options.description ?? props.uiSchema?.["ui:description"] ?? props.schema.description;
  return describedBy({
    id: props.id,
    hasErrors: !props.hideError && (props.rawErrors?.length ?? 0) > 0,
    hasDescription: !props.hideLabel && typeof description === "string" && description.trim() !== "",
    hasHelp: typeof props.options.help === "string" && props.options.help !== "",
  });
}

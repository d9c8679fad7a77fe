import {
  appendPointer,
  constValue,
  findDiscriminator,
  isPlainObject,
  type JSONSchema,
  selectOption,
} from "@credential-form/core/form";
import {
  descriptionId,
  type FieldProps,
  getUiOptions,
  mergeSchemas,
  type RJSFSchema,
  type UiSchema,
} from "@rjsf/utils";
import { useMemo, useRef, useState } from "react";
import type { CredentialFormMessages } from "../messages.js";
import { Caption } from "./Caption.js";
import { type CredentialFormContext, formMessages } from "./formMessages.js";
import { Markdown } from "./Markdown.js";

type Json = Record<string, unknown>;

function optionLabel(
  option: RJSFSchema | undefined,
  index: number,
  messages: CredentialFormMessages,
): string {
  return typeof option?.title === "string" && option.title !== ""
    ? option.title
    : messages.optionLabel(index + 1);
}

function OneOfFieldImpl(props: FieldProps) {
  const { schema, uiSchema, formData, onChange, fieldPathId, registry, disabled, readonly, required, name } =
    props;
  const options = useMemo<RJSFSchema[]>(
    () =>
      (Array.isArray(props.options)
        ? props.options
        : Array.isArray(schema.oneOf)
          ? schema.oneOf
          : []) as RJSFSchema[],
    [props.options, schema.oneOf],
  );
  const uiOptions = getUiOptions(uiSchema);
  const discriminator =
    typeof uiOptions.discriminator === "string"
      ? uiOptions.discriminator
      : findDiscriminator(options as JSONSchema[]);
  const matched = discriminator ? selectOption(options as JSONSchema[], discriminator, formData) : null;
  // The user's picks outlive this field (a collapsed section unmounts it): the submit applies them over the
  // template's defaults, which may give another option (no discriminator in the user schema tells them apart).
  const choices = (registry.formContext as CredentialFormContext | undefined)?.oneOfChoices;
  const pointer = fieldPathId.path.reduce<string>(appendPointer, "");
  const [chosen, setChosen] = useState<number>(() =>
    Math.max(
      0,
      matched ??
        choices?.get(pointer) ??
        registry.schemaUtils.getClosestMatchingOption(formData, options, 0, discriminator ?? undefined),
    ),
  );
  const selected = matched ?? chosen;
  // What the user typed in each option, so switching back restores it instead of starting over.
  const remembered = useRef(new Map<number, unknown>());

  const select = (index: number) => {
    if (index === selected || disabled || readonly) return;
    remembered.current.set(selected, formData);
    const option = options[index];
    let next = remembered.current.get(index);
    if (next === undefined && option) {
      next = registry.schemaUtils.getDefaultFormState(option, undefined);
      const value = discriminator ? constValue(option.properties?.[discriminator]) : undefined;
      if (discriminator && value !== undefined)
        next = { ...(isPlainObject(next) ? next : {}), [discriminator]: value };
    }
    setChosen(index);
    choices?.set(pointer, index);
    onChange(next, fieldPathId.path, undefined, fieldPathId.$id);
  };

  const option = options[selected];
  const optionSchema = useMemo(() => {
    if (!option) return null;
    const parent: Json = {};
    if (schema.required) parent.required = schema.required;
    if (schema.type !== undefined && !("type" in option)) parent.type = schema.type;
    return (Object.keys(parent).length > 0 ? mergeSchemas(parent, option) : option) as RJSFSchema;
  }, [option, schema.required, schema.type]);
  const title =
    (typeof uiOptions.title === "string" && uiOptions.title) ||
    (typeof schema.title === "string" && schema.title) ||
    name;
  const optionUiSchema = useMemo<UiSchema>(() => {
    const perOption = Array.isArray(uiSchema?.oneOf)
      ? (uiSchema.oneOf[selected] as UiSchema | undefined)
      : undefined;
    const base: UiSchema = perOption ?? {};
    const baseOptions = isPlainObject(base["ui:options"]) ? base["ui:options"] : {};
    const result: UiSchema = {
      ...base,
      "ui:options": { ...baseOptions, cfOneOfOption: true, cfSection: title },
    };
    if (discriminator) {
      const current = isPlainObject(base[discriminator]) ? (base[discriminator] as Json) : {};
      result[discriminator] = { ...current, "ui:widget": "hidden" };
    }
    return result;
  }, [uiSchema, selected, discriminator, title]);

  const description = typeof schema.description === "string" ? schema.description : "";
  const selectId = `${fieldPathId.$id}__oneof_select`;
  const descId = description ? descriptionId(selectId) : undefined;
  const radio = uiOptions.displayType === "radio";
  const Selector = radio ? "fieldset" : "div";
  const SchemaField = registry.fields.SchemaField;
  const messages = formMessages(registry);

  return (
    <div className="cf-oneof">
      <Selector
        className={radio ? "cf-oneof-selector" : "cf-field cf-oneof-selector"}
        aria-describedby={radio ? descId : undefined}
      >
        <Caption
          as={radio ? "legend" : "label"}
          id={`${selectId}__label`}
          htmlFor={radio ? undefined : selectId}
          className={radio ? undefined : "cf-label"}
          text={title}
          required={required}
          registry={registry}
        />
        {description && <Markdown id={descId} className="cf-description" source={description} />}
        {radio ? (
          <div className="cf-radio-group">
            {options.map((candidate, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: options are positional and never reordered
              <label key={index} className="cf-radio">
                <input
                  type="radio"
                  id={`${selectId}_${index}`}
                  name={selectId}
                  value={index}
                  checked={index === selected}
                  disabled={disabled || readonly}
                  onChange={() => select(index)}
                />{" "}
                {optionLabel(candidate, index, messages)}
              </label>
            ))}
          </div>
        ) : (
          <select
            id={selectId}
            className="cf-input"
            value={String(selected)}
            disabled={disabled || readonly}
            aria-describedby={descId}
            onChange={(event) => select(Number(event.target.value))}
          >
            {options.map((candidate, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: options are positional and never reordered
              <option key={index} value={String(index)}>
                {optionLabel(candidate, index, messages)}
              </option>
            ))}
          </select>
        )}
      </Selector>
      {optionSchema && SchemaField && optionSchema.type !== "null" && (
        <SchemaField {...props} schema={optionSchema} uiSchema={optionUiSchema} />
      )}
    </div>
  );
}

/**
 * oneOf with a const discriminator: a dropdown or radio group (per `display_type`) picks the option; the
 * discriminator input is hidden, and switching options keeps what the user typed in each one.
 */
export const OneOfField = OneOfFieldImpl;

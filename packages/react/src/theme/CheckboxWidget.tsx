import { descriptionId, type WidgetProps } from "@rjsf/utils";
import { describedBy } from "./describedBy.js";
import { Markdown } from "./Markdown.js";

/** Checkbox for booleans: the label sits beside the box, the description below, both linked for screen readers. */
export function CheckboxWidget(props: WidgetProps) {
  const {
    id,
    htmlName,
    value,
    disabled,
    readonly,
    autofocus,
    label,
    hideLabel,
    onChange,
    onBlur,
    onFocus,
    schema,
  } = props;
  const description = typeof schema.description === "string" && !hideLabel ? schema.description : "";
  const invalid = !props.hideError && (props.rawErrors?.length ?? 0) > 0;
  return (
    <div className="cf-checkbox-field">
      <div className="cf-checkbox">
        <input
          type="checkbox"
          id={id}
          name={htmlName || id}
          checked={value === true}
          disabled={disabled || readonly}
          // biome-ignore lint/a11y/noAutofocus: only when the host asks for it with ui:autofocus
          autoFocus={autofocus}
          onChange={(event) => onChange(event.target.checked)}
          onBlur={(event) => onBlur(id, event.target.checked)}
          onFocus={(event) => onFocus(id, event.target.checked)}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy({
            id,
            hasErrors: invalid,
            hasDescription: description !== "",
            hasHelp: typeof props.options.help === "string",
          })}
          aria-label={hideLabel ? label || id : undefined}
        />
        {!hideLabel && (
          <label htmlFor={id} className="cf-label">
            <Markdown source={label || id} inline />
          </label>
        )}
      </div>
      {description && <Markdown id={descriptionId(id)} className="cf-description" source={description} />}
    </div>
  );
}

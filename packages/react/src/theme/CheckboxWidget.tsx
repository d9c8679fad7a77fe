import { descriptionId, type WidgetProps } from "@rjsf/utils";
import { Markdown } from "./Markdown.js";
import { widgetControl } from "./widgetControl.js";

/** Checkbox for booleans: the label sits beside the box, the description below, both linked for screen readers. */
export function CheckboxWidget(props: WidgetProps) {
  const { id, value, disabled, readonly, label, hideLabel, schema } = props;
  const description = typeof schema.description === "string" && !hideLabel ? schema.description : "";
  return (
    <div className="cf-checkbox-field">
      <div className="cf-checkbox">
        <input
          type="checkbox"
          // Only the schema's description: it is the one rendered below the box.
          {...widgetControl(props, (box: HTMLInputElement) => box.checked, schema.description ?? "")}
          checked={value === true}
          disabled={disabled || readonly}
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

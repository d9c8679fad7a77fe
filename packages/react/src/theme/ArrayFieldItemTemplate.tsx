import { type ArrayFieldItemTemplateProps, buttonId, getUiOptions, type UiSchema } from "@rjsf/utils";
import { cloneElement, isValidElement, type MouseEventHandler, type ReactElement } from "react";
import { formMessages } from "./formMessages.js";
import { singularLabel } from "./singularLabel.js";

interface ItemFieldProps {
  title?: string;
  schema?: { title?: unknown };
  uiSchema?: UiSchema;
}

/**
 * One array item with keyboard-usable move up/down and remove buttons, each with an accessible name. The item is
 * labelled "<item> <n>" ("Ad Account ID 1", not RJSF's "Ad Account ID(s)-1"), the remove button is named after
 * it, and the array's help text sits under the item's own input.
 */
export function ArrayFieldItemTemplate(props: ArrayFieldItemTemplateProps) {
  const { hasToolbar, buttonsProps, registry, index, parentUiSchema } = props;
  const messages = formMessages(registry);
  const { hasMoveUp, hasMoveDown, hasRemove, disabled, readonly, fieldPathId } = buttonsProps;
  const position = index + 1;
  const inactive = disabled || readonly;

  // RJSF titles an untitled item "<array title>-<n>"; its own schema title, when it has one, wins.
  let children = props.children;
  let itemLabel = messages.arrayItem("", position);
  if (isValidElement<ItemFieldProps>(children)) {
    const field = children as ReactElement<ItemFieldProps>;
    const ownTitle = typeof field.props.schema?.title === "string" ? field.props.schema.title : "";
    const arrayTitle = /^([\s\S]*)-\d+$/.exec(field.props.title ?? "")?.[1] ?? "";
    itemLabel = ownTitle || messages.arrayItem(arrayTitle ? singularLabel(arrayTitle) : "", position);
    const parentHelp = getUiOptions(parentUiSchema).help;
    const itemUi = field.props.uiSchema ?? {};
    const help = typeof parentHelp === "string" && itemUi["ui:help"] === undefined ? parentHelp : undefined;
    children = cloneElement(field, {
      ...(ownTitle ? {} : { title: itemLabel }),
      ...(help ? { uiSchema: { ...itemUi, "ui:help": help } } : {}),
    });
  }

  // `action` names both the RJSF button id and the button's text in the messages.
  const button = (
    action: "moveUp" | "moveDown" | "remove",
    label: string,
    off: boolean | undefined,
    onClick: MouseEventHandler<HTMLButtonElement>,
  ) => (
    <button
      type="button"
      id={buttonId(fieldPathId, action)}
      className="cf-button"
      aria-label={label}
      disabled={off}
      onClick={onClick}
    >
      {messages[action]}
    </button>
  );
  return (
    <li className="cf-array-item">
      <div className="cf-array-item-content">{children}</div>
      {hasToolbar && (
        <div className="cf-array-item-toolbar">
          {(hasMoveUp || hasMoveDown) && (
            <>
              {button(
                "moveUp",
                messages.moveItemUp(position),
                inactive || !hasMoveUp,
                buttonsProps.onMoveUpItem,
              )}
              {button(
                "moveDown",
                messages.moveItemDown(position),
                inactive || !hasMoveDown,
                buttonsProps.onMoveDownItem,
              )}
            </>
          )}
          {hasRemove &&
            button("remove", messages.removeNamedItem(itemLabel), inactive, buttonsProps.onRemoveItem)}
        </div>
      )}
    </li>
  );
}

import { type ArrayFieldItemTemplateProps, buttonId } from "@rjsf/utils";
import type { MouseEventHandler } from "react";
import { formMessages } from "./formMessages.js";

/** One array item with keyboard-usable move up/down and remove buttons, each with an accessible name. */
export function ArrayFieldItemTemplate(props: ArrayFieldItemTemplateProps) {
  const { children, hasToolbar, buttonsProps, registry, index } = props;
  const messages = formMessages(registry);
  const { hasMoveUp, hasMoveDown, hasRemove, disabled, readonly, fieldPathId } = buttonsProps;
  const position = index + 1;
  const inactive = disabled || readonly;
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
          {hasRemove && button("remove", messages.removeItem(position), inactive, buttonsProps.onRemoveItem)}
        </div>
      )}
    </li>
  );
}

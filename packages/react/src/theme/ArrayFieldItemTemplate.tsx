import { type ArrayFieldItemTemplateProps, buttonId } from "@rjsf/utils";
import { formMessages } from "./formMessages.js";

/** One array item with keyboard-usable move up/down and remove buttons, each with an accessible name. */
export function ArrayFieldItemTemplate(props: ArrayFieldItemTemplateProps) {
  const { children, hasToolbar, buttonsProps, registry, index } = props;
  const messages = formMessages(registry);
  const { hasMoveUp, hasMoveDown, hasRemove, disabled, readonly, fieldPathId } = buttonsProps;
  const position = index + 1;
  const inactive = disabled || readonly;
  return (
    <li className="cf-array-item">
      <div className="cf-array-item-content">{children}</div>
      {hasToolbar && (
        <div className="cf-array-item-toolbar">
          {(hasMoveUp || hasMoveDown) && (
            <>
              <button
                type="button"
                id={buttonId(fieldPathId, "moveUp")}
                className="cf-button"
                aria-label={messages.moveItemUp(position)}
                disabled={inactive || !hasMoveUp}
                onClick={buttonsProps.onMoveUpItem}
              >
                {messages.moveUp}
              </button>
              <button
                type="button"
                id={buttonId(fieldPathId, "moveDown")}
                className="cf-button"
                aria-label={messages.moveItemDown(position)}
                disabled={inactive || !hasMoveDown}
                onClick={buttonsProps.onMoveDownItem}
              >
                {messages.moveDown}
              </button>
            </>
          )}
          {hasRemove && (
            <button
              type="button"
              id={buttonId(fieldPathId, "remove")}
              className="cf-button"
              aria-label={messages.removeItem(position)}
              disabled={inactive}
              onClick={buttonsProps.onRemoveItem}
            >
              {messages.remove}
            </button>
          )}
        </div>
      )}
    </li>
  );
}

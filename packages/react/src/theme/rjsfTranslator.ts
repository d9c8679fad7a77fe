import { englishStringTranslator, type Registry, TranslatableString as T } from "@rjsf/utils";
import type { CredentialFormMessages } from "../messages.js";

type Route = (messages: CredentialFormMessages, first: string, second: string) => string | undefined;

/** Which message words each RJSF string (`first`, `second`: RJSF's `%1`, `%2`). */
const ROUTES: Partial<Record<T, Route>> = {
  [T.YesLabel]: (m) => m.yes,
  [T.NoLabel]: (m) => m.no,
  [T.NewStringDefault]: (m) => m.newValue,
  [T.KeyLabel]: (m, label) => m.keyLabel?.(label),
  [T.DeprecatedLabel]: (m, label) => m.deprecated?.(label),
  [T.MissingItems]: (m) => m.missingItems,
  [T.UnsupportedField]: (m) => m.unsupportedField?.("", ""),
  [T.UnsupportedFieldWithId]: (m, id) => m.unsupportedField?.(id, ""),
  [T.UnsupportedFieldWithReason]: (m, reason) => m.unsupportedField?.("", reason),
  [T.UnsupportedFieldWithIdAndReason]: (m, id, reason) => m.unsupportedField?.(id, reason),
  [T.OptionPrefix]: (m, position) => m.optionLabel(Number(position)),
  [T.TitleOptionPrefix]: (m, title, position) => m.namedOptionLabel?.(title, Number(position)),
  [T.AddButton]: (m) => m.add,
  [T.RemoveButton]: (m) => m.remove,
  [T.MoveUpButton]: (m) => m.moveUp,
  [T.MoveDownButton]: (m) => m.moveDown,
};

/**
 * RJSF's `translateString` over our messages (a locale's `rjsfTranslator`, so only forms with a locale load it): every string RJSF itself can show inside our theme comes from
 * `messages` (RJSF's English when the key is absent). The others keep RJSF's English: our theme replaces what shows
 * them (the error list, array item titles, dates) or the form leaves their feature off (copy buttons, optional-data
 * controls, fallback fields, clear buttons, file inputs, `$ref` cycle expansion); `rjsfTranslator.test.ts` lists them.
 */
export function rjsfTranslator(messages: CredentialFormMessages): Registry["translateString"] {
  return (key, params = []) =>
    ROUTES[key]?.(messages, params[0] ?? "", params[1] ?? "") ?? englishStringTranslator(key, params);
}

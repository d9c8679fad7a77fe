import type { CredentialFormMessages } from "../messages.js";

/** The strings of {@link CredentialFormMessages} that RJSF itself shows, all given. */
export type RjsfMessages = Required<
  Pick<
    CredentialFormMessages,
    | "yes"
    | "no"
    | "newValue"
    | "keyLabel"
    | "deprecated"
    | "namedOptionLabel"
    | "missingItems"
    | "unsupportedField"
  >
>;

/**
 * English of the strings RJSF shows, RJSF's own words (which a form without a locale gets from RJSF itself): for
 * the English pack, so that it lists every key the other packs translate.
 */
export const rjsfDefaultMessages: RjsfMessages = {
  yes: "Yes",
  no: "No",
  newValue: "New Value",
  keyLabel: (label) => `${label} Key`,
  deprecated: (label) => `${label} (deprecated)`,
  namedOptionLabel: (title, position) => `${title} option ${position}`,
  missingItems: "Missing items definition",
  unsupportedField: (field, reason) =>
    `Unsupported field schema${field ? ` for field \`${field}\`` : ""}${reason ? `: _${reason}_` : ""}.`,
};

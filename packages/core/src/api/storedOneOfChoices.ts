import type { OneOfChoices } from "../schema/applyOneOfChoicesWith.js";
import { coreSpecEngine } from "../schema/coreSpecEngine.js";
import { type StoredOneOfChoicesInput, storedOneOfChoicesWith } from "../schema/storedOneOfChoicesWith.js";

export type { StoredOneOfChoicesInput } from "../schema/storedOneOfChoicesWith.js";

/**
 * The oneOf options a stored config uses, as the picks of an edit form (`OneOfChoices`: JSON pointer → option index
 * in the user schema), told by each option's discriminator in the full spec (see `storedOneOfChoicesWith`). Pure.
 */
export function storedOneOfChoices(input: StoredOneOfChoicesInput): OneOfChoices {
  return storedOneOfChoicesWith(coreSpecEngine, input);
}

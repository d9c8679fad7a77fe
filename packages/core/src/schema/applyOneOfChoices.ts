import {
  type AppliedOneOfChoices,
  type ApplyOneOfChoicesInput,
  applyOneOfChoicesWith,
} from "./applyOneOfChoicesWith.js";
import { coreSpecEngine } from "./coreSpecEngine.js";

export type { AppliedOneOfChoices, ApplyOneOfChoicesInput, OneOfChoices } from "./applyOneOfChoicesWith.js";

/**
 * Applies the oneOf options the user picked over the template's defaults. When a default belongs to another option
 * than the picked one (HubSpot's template defaults the OAuth option: `credentials.credentials_title: "OAuth
 * Credentials"`, `client_id`, `client_secret`) and the user picked another (Private App), the other option's
 * defaulted keys go and the picked option's fixed values (its discriminator) are set. A pick of the option the
 * defaults already give, or at a place the defaults leave alone, changes nothing. Pure.
 */
export function applyOneOfChoices(input: ApplyOneOfChoicesInput): AppliedOneOfChoices {
  return applyOneOfChoicesWith(coreSpecEngine, input);
}

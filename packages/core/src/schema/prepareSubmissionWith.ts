import { longStrings } from "../shared/longStrings.js";
import { applyOneOfChoicesWith, type OneOfChoices } from "./applyOneOfChoicesWith.js";
import { buildPayloadWith } from "./buildPayloadWith.js";
import type { ConfigError } from "./ConfigError.js";
import { dropUntouchedValuesWith } from "./dropUntouchedValuesWith.js";
import type { PreparedForm } from "./prepareForm.js";
import type { SpecEngine } from "./SpecEngine.js";
import { secretValuesWith } from "./secretValuesWith.js";
import { storedOneOfChoicesWith } from "./storedOneOfChoicesWith.js";
import { validateFullConfigWith } from "./validateFullConfigWith.js";

/** Input of `prepareSubmission`. */
export interface PrepareSubmissionInput {
  /** The form, from `prepareForm`. */
  prepared: PreparedForm;
  /** What the user entered (user-schema shape, as RJSF reports it). */
  formData: Record<string, unknown>;
  /** The API flavour (only whether it sends the template defaults matters). */
  flavour: { readonly sendsTemplateDefaults: boolean };
  /**
   * The oneOf options the user picked (`formContext.oneOfChoices` of `@credential-form/react`): a pick of another
   * option than the one the template's defaults give drops that option's defaults (see `applyOneOfChoices`). Where
   * none is given for a oneOf, the option the user's values name by its discriminator counts as picked.
   * @default {}
   */
  choices?: OneOfChoices | undefined;
}

/** What `prepareSubmission` returns. */
export interface PreparedSubmission {
  /** The config to send (`CreateSourceInput.config`): the user's values, merged over the defaults when the flavour sends them. */
  payload: Record<string, unknown>;
  /**
   * The full config the submission stands for (the defaults, without those of an option the user did not pick,
   * merged with the user's values): what `errors` are about, whichever the flavour sends.
   */
  config: Record<string, unknown>;
  /** Why the merged config is invalid (JSON pointers into the config); empty when it may be sent. */
  errors: ConfigError[];
  /**
   * Values to keep out of events, errors and logs (`CreateSourceInput.secrets`): the `airbyte_secret` values and
   * every string of 4 characters or more the user entered.
   */
  secrets: string[];
}

/**
 * The one submit pipeline: drops what the user never touched, builds the payload, merges it over the template
 * defaults, validates the result against the full spec and lists the values to keep secret. This form takes the
 * spec engine (`coreSpecEngine`) from its caller, as the on-demand submit pipeline does.
 */
export function prepareSubmissionWith(
  engine: SpecEngine,
  { prepared, formData, flavour, choices = {} }: PrepareSubmissionInput,
): PreparedSubmission {
  const { schema, fullSchema, defaults } = prepared;
  const user = buildPayloadWith(engine, {
    schema,
    formData: dropUntouchedValuesWith(engine.sameJson, schema, formData),
    defaults,
  });
  const { config: merged, payload } = applyOneOfChoicesWith(engine, {
    schema,
    fullSchema,
    defaults,
    config: user,
    // Where the user did not pick, the option their values name by its discriminator (a host's `initialValues`
    // naming another option than the template's: the form shows it, and it is what is sent). Read from `formData`:
    // the payload no longer holds a discriminator the template's defaults hide from the user schema.
    choices: { ...storedOneOfChoicesWith(engine, { schema, fullSchema, config: formData }), ...choices },
  });
  const result = validateFullConfigWith(engine, fullSchema, merged);
  return {
    payload: flavour.sendsTemplateDefaults ? merged : payload,
    config: merged,
    errors: result.errors,
    secrets: [...longStrings(formData, new Set(secretValuesWith(engine, fullSchema, merged)))],
  };
}

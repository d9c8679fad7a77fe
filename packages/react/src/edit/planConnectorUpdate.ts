import {
  applyOneOfChoices,
  buildPayload,
  type ConfigError,
  type Connector,
  type PreparedForm,
  validateFullConfig,
} from "@credential-form/core";
import {
  buildConnectorUpdate,
  type ConnectorUpdate,
  longStrings,
  storedOneOfChoices,
} from "@credential-form/core/connectors";
import { withoutPointer } from "./withoutPointer.js";

/** Input of {@link planConnectorUpdate}. */
export interface PlanConnectorUpdateInput {
  prepared: PreparedForm;
  /** The form's data (user-schema shape; kept secrets hold `""`). */
  formData: Record<string, unknown>;
  /** The connector as the edit started from it (or as the last save left it). */
  baseline: Connector;
  /** JSON pointers of the stored secrets the user did not replace: left out, the server keeps them. */
  kept: ReadonlySet<string>;
  /** JSON pointers of stored optional secrets the user removed: sent as `null`. */
  cleared?: ReadonlySet<string>;
  /** The name the user wants, if any. */
  name?: string | undefined;
  /**
   * The oneOf options the user picked (`formContext.oneOfChoices`); where none was picked, the option the stored
   * config uses counts as the pick. @default none
   */
  choices?: ReadonlyMap<string, number> | undefined;
}

/** What {@link planConnectorUpdate} returns: the validation errors, or the update (its `body` null when unchanged). */
export type ConnectorUpdatePlan =
  | { errors: ConfigError[]; update?: undefined; secrets: string[] }
  | { errors?: undefined; update: ConnectorUpdate; secrets: string[] };

/**
 * What saving an edit sends, without React: the form data minus the kept secrets, validated against the full spec
 * (a kept secret is absent on purpose), then only the changed paths (`buildConnectorUpdate`).
 */
export function planConnectorUpdate(input: PlanConnectorUpdateInput): ConnectorUpdatePlan {
  const { prepared, baseline, kept, cleared } = input;
  let formData = input.formData;
  for (const pointer of [...kept, ...(cleared ?? [])]) formData = withoutPointer(formData, pointer);
  const { schema, fullSchema, defaults } = prepared;
  // A pick of another option than the template's: its discriminator set, the template's option's keys dropped.
  // The option the stored config uses is the pick until the user picks another: the form shows it, and without it
  // the template's option would be merged back over it (HubSpot stored with Private App, the template's OAuth).
  const { config, payload } = applyOneOfChoices({
    schema,
    fullSchema,
    defaults,
    config: buildPayload({ schema, formData, defaults }),
    choices: {
      ...storedOneOfChoices({ schema, fullSchema, config: baseline.config }),
      ...Object.fromEntries(input.choices ?? []),
    },
  });
  const typed = [...longStrings(formData)];
  const errors = validateFullConfig(fullSchema, config).errors.filter((error) => !kept.has(error.path));
  if (errors.length > 0) return { errors, secrets: typed };
  const update = buildConnectorUpdate({
    schema,
    fullSchema,
    original: baseline.config,
    edited: payload,
    originalName: baseline.name,
    clearedSecrets: [...(cleared ?? [])],
    ...(input.name === undefined ? {} : { name: input.name }),
  });
  return { update, secrets: [...new Set([...typed, ...update.secrets])] };
}

import { getOwn } from "../shared/getOwn.js";
import { isPlainObject } from "../shared/isPlainObject.js";
import { appendPointer } from "./appendPointer.js";
import { cycleTargets } from "./cycleTargets.js";
import type { JSONSchema } from "./JSONSchema.js";
import { normalizeSpec } from "./normalizeSpec.js";
import { refTargets } from "./refTargets.js";
import { SpecError } from "./SpecError.js";
import type { SpecWarning } from "./SpecWarning.js";
import { sameValueSchemas } from "./sameValueSchemas.js";
import { subtractDefaults } from "./subtractDefaults.js";
import { toUiSchema } from "./toUiSchema.js";
import type { UiSchema, UiSchemaHints } from "./UiSchema.js";

declare const preparedFormBrand: unique symbol;

/** What {@link prepareForm} needs of a source template: its defaults and its optional spec override. */
export interface PrepareFormTemplate {
  /** Config values the template already sets. @default {} */
  partialDefaultConfig?: Record<string, unknown> | undefined;
  /** The template's `user_config_spec`, used instead of the subtracted spec when set. @default null */
  userConfigSpec?: JSONSchema | null | undefined;
}

/**
 * A connector spec and a template made ready for a form, once: later stages (`prepareSubmission`, the React layer)
 * take it as it is and never normalise again. Only {@link prepareForm} makes one (the brand); do not mutate it.
 */
export interface PreparedForm {
  readonly [preparedFormBrand]: true;
  /** The full, normalised connector spec the merged config is validated against. */
  readonly fullSchema: JSONSchema;
  /** The schema the user fills (spec minus the template's defaults), without `$schema`. */
  readonly schema: JSONSchema;
  /** The uiSchema of `schema` (see the uiSchema contract). */
  readonly uiSchema: UiSchema;
  /** Hints `subtractDefaults` left for the uiSchema (groups, collapsed oneOfs). */
  readonly hints: UiSchemaHints;
  /** The template's defaults, merged under the user's input on submit. */
  readonly defaults: Record<string, unknown>;
  /**
   * JSON pointers into the config of every `airbyte_secret` field (`*` stands for any array item or any key of an
   * object, for secrets under `items`, `additionalProperties` or `patternProperties`; `**` for any keys in between,
   * below a recursive `$ref`; see `omitSecretPaths`).
   */
  readonly secretPaths: readonly string[];
  /** Everything normalisation and subtraction fixed or dropped. */
  readonly warnings: readonly SpecWarning[];
}

/**
 * Pointers of the `airbyte_secret` properties of a normalised spec (every oneOf option, array item, `$ref` target and
 * conditional branch, `then`, `else`, `dependencies` and `dependentSchemas`, included: whichever applies, a secret
 * is over-hidden rather than missed). A secret under `items`, `additionalItems`, `additionalProperties` or
 * `patternProperties` is given under `*`: any array item or any key of an object, the named ones included
 * (over-approximated rather than missed). Below a ref `normalizeSpec` cut for closing a cycle, the target repeats at
 * any depth: its secrets are given after a `**` token (any keys in between; `omitSecretPaths` reads it), each cut
 * target once per path.
 * More than 1000 refs (a spec that references the same nodes exponentially) is a `too_complex` SpecError rather than
 * a secret missed.
 */
function secretPointers(schema: JSONSchema): string[] {
  const out = new Set<string>();
  // The cut targets being walked: one is not walked again inside itself (its `**` already spans every depth).
  const open = new Set<object>();
  let followable = 1000;
  const follow = (target: JSONSchema | undefined, pointer: string, cut: boolean): void => {
    if (!target || (cut && open.has(target))) return;
    if (followable-- < 1)
      throw new SpecError("too_complex", "The connector specification has too many $refs");
    if (cut) open.add(target);
    visit(target, cut ? `${pointer}/**` : pointer);
    if (cut) open.delete(target);
  };
  const visit = (node: JSONSchema, pointer: string): void => {
    // A secret reached through a cut ref: the node holding the ref (`…/**` stands for it) is the secret.
    if (node.airbyte_secret === true) out.add(pointer.replace(/\/\*\*$/, ""));
    // Kept refs end (`normalizeSpec` cut every cycle), so only their fan-out needs the count.
    follow(refTargets.get(node), pointer, false);
    follow(cycleTargets.get(node), pointer, true);
    const properties = isPlainObject(node.properties) ? node.properties : {};
    for (const key of Object.keys(properties)) {
      const child = getOwn(properties, key);
      if (isPlainObject(child)) visit(child, appendPointer(pointer, key));
    }
    // Options and conditional branches: the same list `walkSecrets` follows.
    for (const option of sameValueSchemas(node)) if (isPlainObject(option)) visit(option, pointer);
    // Children under keys (or at indexes) the spec does not name: `*`, any of them, over-approximates.
    const patterns = isPlainObject(node.patternProperties) ? Object.values(node.patternProperties) : [];
    for (const child of [node.items, node.additionalItems, node.additionalProperties, patterns].flat())
      if (isPlainObject(child)) visit(child, appendPointer(pointer, "*"));
  };
  visit(schema, "");
  return [...out];
}

/**
 * Normalises a connector spec once and derives everything a form needs from it and a template: the user schema,
 * its uiSchema, the defaults and the secret paths. Throws `SpecError`: `not_an_object` when `spec` is not an object,
 * `too_complex` when its `$ref`s expand past 1000 (a field or secret would be missed).
 * Not cached: keep the result (e.g. in the query cache, see `preparedFormQuery` in `@credential-form/react`).
 */
export function prepareForm(spec: unknown, template: PrepareFormTemplate = {}): PreparedForm {
  const normalized = normalizeSpec(spec);
  const defaults = template.partialDefaultConfig ?? {};
  const subtracted = subtractDefaults(normalized.schema, defaults, {
    userSpec: template.userConfigSpec ?? null,
  });
  // RJSF's Ajv would try (and log a failure) to resolve `$schema` URLs such as https://…/draft-07.
  const { $schema: _meta, ...schema } = subtracted.schema;
  return {
    fullSchema: normalized.schema,
    schema,
    uiSchema: toUiSchema(schema, subtracted.uiSchemaHints),
    hints: subtracted.uiSchemaHints,
    defaults,
    secretPaths: secretPointers(normalized.schema),
    warnings: subtracted.warnings,
  } as unknown as PreparedForm;
}

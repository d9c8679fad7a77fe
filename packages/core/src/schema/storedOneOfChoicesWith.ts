import { getOwn } from "../shared/getOwn.js";
import { isArray } from "../shared/isArray.js";
import { isPlainObject } from "../shared/isPlainObject.js";
import { setOwn } from "../shared/setOwn.js";
import { appendPointer } from "./appendPointer.js";
import type { OneOfChoices } from "./applyOneOfChoicesWith.js";
import type { JSONSchema } from "./JSONSchema.js";
import type { SpecEngine } from "./SpecEngine.js";

/** Input of {@link storedOneOfChoices}. */
export interface StoredOneOfChoicesInput {
  /** The user schema the picks' indices refer to (`PreparedForm.schema`). */
  schema: JSONSchema;
  /** The full connector spec (`PreparedForm.fullSchema`): its options keep the discriminator a template may hide. */
  fullSchema: JSONSchema;
  /** The stored configuration (`Connector.config`). */
  config: Record<string, unknown>;
}

type Engine = Pick<SpecEngine, "findDiscriminator" | "selectOption" | "refTargets">;

/** `node` with its local `$ref` resolved (its own keywords win), as the validator reads it. */
const deref = ({ refTargets }: Engine, node: unknown): JSONSchema | undefined => {
  if (!isPlainObject(node)) return undefined;
  const target = refTargets.get(node);
  return target ? { ...target, ...node } : (node as JSONSchema);
};

const property = (node: JSONSchema | undefined, key: string): unknown =>
  isPlainObject(node?.properties) ? getOwn(node.properties, key) : undefined;

function visit(
  engine: Engine,
  user: JSONSchema | undefined,
  full: JSONSchema | undefined,
  value: unknown,
  pointer: string,
  out: Record<string, number>,
): void {
  if (!user || !isPlainObject(value)) return;
  if (isArray(user.oneOf) && isArray(full?.oneOf)) {
    const options = full.oneOf
      .map((option) => deref(engine, option))
      .filter((option) => option !== undefined);
    const discriminator = engine.findDiscriminator(options);
    const index = discriminator === null ? null : engine.selectOption(options, discriminator, value);
    const option = index === null ? undefined : options[index];
    // The user schema's option showing it: same position, else the same title (as `applyOneOfChoices` maps back).
    const shown =
      index === null
        ? -1
        : user.oneOf.length === options.length
          ? index
          : user.oneOf.findIndex(
              (o) => isPlainObject(o) && o.title !== undefined && o.title === option?.title,
            );
    if (shown >= 0) {
      setOwn(out, pointer, shown);
      visit(engine, deref(engine, user.oneOf[shown]), option, value, pointer, out);
    }
  }
  if (isPlainObject(user.properties))
    for (const key of Object.keys(user.properties))
      visit(
        engine,
        deref(engine, getOwn(user.properties, key)),
        deref(engine, property(full, key)),
        getOwn(value, key),
        appendPointer(pointer, key),
        out,
      );
}

/**
 * The oneOf options a stored config uses, as the picks of an edit form (`OneOfChoices`: JSON pointer → option index
 * in the user schema), told by each option's discriminator in the full spec (a template default may hide it from the
 * user schema). An edit that never switched options applies these, so a save does not merge the template's option
 * back over the stored one (HubSpot stored with Private App while the template defaults OAuth). A create's submission
 * applies them to the user's own values likewise (`prepareSubmission`: a host's `initialValues` naming another option).
 * Pure. This form takes the spec engine (`coreSpecEngine`) from its caller, as the on-demand submit pipeline does.
 */
export function storedOneOfChoicesWith(
  engine: Engine,
  { schema, fullSchema, config }: StoredOneOfChoicesInput,
): OneOfChoices {
  const out: Record<string, number> = {};
  visit(engine, deref(engine, schema), deref(engine, fullSchema), config, "", out);
  return out;
}

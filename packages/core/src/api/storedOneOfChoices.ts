import { appendPointer } from "../schema/appendPointer.js";
import type { OneOfChoices } from "../schema/applyOneOfChoicesWith.js";
import { findDiscriminator } from "../schema/findDiscriminator.js";
import type { JSONSchema } from "../schema/JSONSchema.js";
import { refTargets } from "../schema/refTargets.js";
import { selectOption } from "../schema/selectOption.js";
import { getOwn } from "../shared/getOwn.js";
import { isArray } from "../shared/isArray.js";
import { isPlainObject } from "../shared/isPlainObject.js";
import { setOwn } from "../shared/setOwn.js";

/** Input of {@link storedOneOfChoices}. */
export interface StoredOneOfChoicesInput {
  /** The user schema the picks' indices refer to (`PreparedForm.schema`). */
  schema: JSONSchema;
  /** The full connector spec (`PreparedForm.fullSchema`): its options keep the discriminator a template may hide. */
  fullSchema: JSONSchema;
  /** The stored configuration (`Connector.config`). */
  config: Record<string, unknown>;
}

/** `node` with its local `$ref` resolved (its own keywords win), as the validator reads it. */
const deref = (node: unknown): JSONSchema | undefined => {
  if (!isPlainObject(node)) return undefined;
  const target = refTargets.get(node);
  return target ? { ...target, ...node } : (node as JSONSchema);
};

const property = (node: JSONSchema | undefined, key: string): unknown =>
  isPlainObject(node?.properties) ? getOwn(node.properties, key) : undefined;

function visit(
  user: JSONSchema | undefined,
  full: JSONSchema | undefined,
  value: unknown,
  pointer: string,
  out: Record<string, number>,
): void {
  if (!user || !isPlainObject(value)) return;
  if (isArray(user.oneOf) && isArray(full?.oneOf)) {
    const options = full.oneOf.map(deref).filter((option) => option !== undefined);
    const discriminator = findDiscriminator(options);
    const index = discriminator === null ? null : selectOption(options, discriminator, value);
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
      visit(deref(user.oneOf[shown]), option, value, pointer, out);
    }
  }
  if (isPlainObject(user.properties))
    for (const key of Object.keys(user.properties))
      visit(
        deref(getOwn(user.properties, key)),
        deref(property(full, key)),
        getOwn(value, key),
        appendPointer(pointer, key),
        out,
      );
}

/**
 * The oneOf options a stored config uses, as the picks of an edit form (`OneOfChoices`: JSON pointer → option index
 * in the user schema), told by each option's discriminator in the full spec (a template default may hide it from the
 * user schema). An edit that never switched options applies these, so a save does not merge the template's option
 * back over the stored one (HubSpot stored with Private App while the template defaults OAuth). Pure.
 */
export function storedOneOfChoices({ schema, fullSchema, config }: StoredOneOfChoicesInput): OneOfChoices {
  const out: Record<string, number> = {};
  visit(deref(schema), deref(fullSchema), config, "", out);
  return out;
}

import { getOwn } from "../shared/getOwn.js";
import { isArray } from "../shared/isArray.js";
import { isPlainObject } from "../shared/isPlainObject.js";
import { setOwn } from "../shared/setOwn.js";
import type { JSONSchema } from "./JSONSchema.js";
import type { SpecEngine } from "./SpecEngine.js";
import { sameValueSchemas } from "./sameValueSchemas.js";

/**
 * `normalizeSpec`'s records of `$ref` targets, handed in by the caller (`coreSpecEngine`): the submit pipeline's chunk
 * must not import them, or bundlers split them into a chunk of their own, apart from the first load.
 */
export type SecretTargets = Pick<SpecEngine, "refTargets" | "cycleTargets">;

/**
 * `schemas` and every schema a value they describe is also described by: `$ref` targets (as `normalizeSpec` recorded
 * them, those of the refs it dropped for closing a cycle included), oneOf, anyOf and allOf options and the branches of
 * conditionals (`then`, `else`, `dependencies`, `dependentSchemas`: see `sameValueSchemas`, which `prepareForm`'s
 * secret paths follow too), transitively. Each node once, so a cycle ends (and the walk is bounded by the value).
 */
function alternatives(
  { refTargets, cycleTargets }: SecretTargets,
  schemas: readonly unknown[],
): JSONSchema[] {
  const found = new Set<JSONSchema>();
  const visit = (node: unknown): void => {
    if (!isPlainObject(node) || found.has(node)) return;
    found.add(node);
    visit(refTargets.get(node));
    visit(cycleTargets.get(node));
    sameValueSchemas(node).forEach(visit);
  };
  schemas.forEach(visit);
  return [...found];
}

/** `onSecret(value)`, except for an empty value (nothing to hide). */
const hide = (value: unknown, onSecret: (secret: unknown) => unknown): unknown =>
  value === undefined || value === null || value === "" ? value : onSecret(value);

/** {@link walkSecrets} of a value every schema of `schemas` (with its {@link alternatives}) describes. */
function walk(
  targets: SecretTargets,
  schemas: readonly unknown[],
  value: unknown,
  onSecret: (secret: unknown) => unknown,
): unknown {
  const nodes = alternatives(targets, schemas);
  if (nodes.some((node) => node.airbyte_secret === true)) return hide(value, onSecret);
  if (isArray(value)) {
    // A tuple (`items` as a list) describes item i by its i-th schema and the rest by `additionalItems`.
    return value.map((item, i) =>
      walk(
        targets,
        nodes.map((node) =>
          isArray(node.items) ? (i < node.items.length ? node.items[i] : node.additionalItems) : node.items,
        ),
        item,
        onSecret,
      ),
    );
  }
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    let found: unknown[] = nodes.map(
      (node) => isPlainObject(node.properties) && getOwn(node.properties, key),
    );
    // Any `patternProperties` entry counts for a key no property names, matched or not: testing a spec's pattern
    // on a key could run for long, and a wider secret only hides more.
    if (!found.some(isPlainObject))
      found = nodes.flatMap((node) => [
        node.additionalProperties,
        ...(isPlainObject(node.patternProperties) ? Object.values(node.patternProperties) : []),
      ]);
    setOwn(out, key, walk(targets, found, child, onSecret));
  }
  return out;
}

/**
 * Visits every value of `config` that lies under an `airbyte_secret` field (in any oneOf option, array or tuple item,
 * `additionalProperties` / `patternProperties` entry, `$ref` target or conditional branch: `then`, `else`,
 * `dependencies`, `dependentSchemas`) of a normalised spec.
 */
export function walkSecrets(
  targets: SecretTargets,
  schema: JSONSchema,
  value: unknown,
  onSecret: (secret: unknown) => unknown,
): unknown {
  return walk(targets, [schema], value, onSecret);
}

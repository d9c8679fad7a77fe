// The sandbox validates configs on its own, with its own ajv setup and FastAPI/pydantic-shaped errors, and
// deliberately does not reuse @credential-form/core's validateFullConfig: the sandbox emulates Airbyte's server,
// which is an independent validator, so a bug in core's validation shows up as a disagreement instead of being
// copied into the emulator. packages/test-utils/src/validatorsAgree.test.ts keeps the two in step on required
// fields and oneOf discriminators over every spec of the registry fixture.
import type { ErrorObject } from "ajv";
import { compileSpec } from "./compileSpec.js";
import { constOf } from "./constOf.js";
import { describeAjvError } from "./describeAjvError.js";
import { discriminatorOf } from "./discriminatorOf.js";
import { isRecord } from "./isRecord.js";
import { listOf } from "./listOf.js";
import { locOf } from "./locOf.js";

/** One error in FastAPI/pydantic shape: `loc` points at the field. */
export interface FastApiError {
  loc: (string | number)[];
  msg: string;
  type: string;
}

/** Options of {@link validateConfig}. */
export interface ValidateConfigOptions {
  /** Prepended to every `loc`, e.g. `["body", "connection_configuration"]`. */
  locPrefix: (string | number)[];
  /** Drops "Field required" errors (used to check partial template defaults). */
  ignoreMissing?: boolean;
}

type Json = Record<string, unknown>;

function within(error: ErrorObject, oneOf: ErrorObject, branch: number): boolean {
  return (
    error.schemaPath.startsWith(`${oneOf.schemaPath}/${branch}/`) &&
    (error.instancePath === oneOf.instancePath || error.instancePath.startsWith(`${oneOf.instancePath}/`))
  );
}

/**
 * Validates a full connector configuration against its real spec (draft-07, all errors, formats) and
 * returns FastAPI-style errors. For a oneOf, only the option selected by its `const` discriminator is
 * reported. Messages never contain the submitted values.
 */
export function validateConfig(spec: Json, config: unknown, options: ValidateConfigOptions): FastApiError[] {
  const { validate } = compileSpec(spec);
  if (validate(config)) return [];
  const all = [...(validate.errors ?? [])];
  const dropped = new Set<ErrorObject>();
  const extra: { error: ErrorObject; loc: (string | number)[]; msg: string; type: string }[] = [];

  const oneOfs = all
    .filter((e) => e.keyword === "oneOf")
    .sort((a, b) => a.schemaPath.length - b.schemaPath.length);
  for (const oneOf of oneOfs) {
    if (dropped.has(oneOf)) continue;
    dropped.add(oneOf);
    const branches = Array.isArray(oneOf.schema) ? (oneOf.schema as unknown[]) : [];
    const value = oneOf.data;
    const discriminator = discriminatorOf(branches);
    let chosen: number | undefined;
    if (discriminator && isRecord(value) && value[discriminator] !== undefined) {
      chosen = branches.findIndex(
        (b) =>
          isRecord(b) &&
          isRecord(b.properties) &&
          constOf(b.properties[discriminator]) === value[discriminator],
      );
      if (chosen === -1) {
        for (const e of all) if (branches.some((_, i) => within(e, oneOf, i))) dropped.add(e);
        const allowed = branches.map((b) =>
          isRecord(b) && isRecord(b.properties) ? constOf(b.properties[discriminator]) : undefined,
        );
        extra.push({
          error: oneOf,
          loc: [...locOf(oneOf.instancePath, config), discriminator],
          msg: `Input should be ${listOf(allowed)}`,
          type: "literal_error",
        });
        continue;
      }
    }
    const passing = (oneOf.params as { passingSchemas?: number[] | null }).passingSchemas;
    if (Array.isArray(passing) && (chosen === undefined || passing.includes(chosen))) {
      // Several options match: the discriminator (or any of them) decides, as Airbyte's UI does.
      for (const e of all) if (branches.some((_, i) => within(e, oneOf, i))) dropped.add(e);
      continue;
    }
    if (chosen === undefined) {
      let fewest = Number.POSITIVE_INFINITY;
      branches.forEach((_, i) => {
        const count = all.filter((e) => !dropped.has(e) && within(e, oneOf, i)).length;
        if (count < fewest) {
          fewest = count;
          chosen = i;
        }
      });
    }
    for (const e of all) {
      if (branches.some((_, i) => i !== chosen && within(e, oneOf, i))) dropped.add(e);
    }
  }

  const seen = new Set<string>();
  const result: FastApiError[] = [];
  const push = (loc: (string | number)[], msg: string, type: string) => {
    if (options.ignoreMissing && type === "missing") return;
    const key = JSON.stringify([loc, type]);
    if (seen.has(key)) return;
    seen.add(key);
    result.push({ loc: [...options.locPrefix, ...loc], msg, type });
  };
  for (const error of all) {
    if (dropped.has(error)) continue;
    const { extra: tail, msg, type } = describeAjvError(error);
    const loc = locOf(error.instancePath, config);
    push(tail === null ? loc : [...loc, tail], msg, type);
  }
  for (const e of extra) push(e.loc, e.msg, e.type);
  return result;
}

import { isPlainObject } from "../shared/isPlainObject.js";
import { canCompileSchemas } from "./canCompileSchemas.js";
import { compiledFullConfig, compileFullConfig, type Failure, validationBody } from "./compileFullConfig.js";
import type { JSONSchema } from "./JSONSchema.js";
import { loadedSchemaInterpreter } from "./loadSchemaInterpreter.js";
import type { SpecWarning } from "./SpecWarning.js";

/** What {@link runFullConfig} found. */
export interface FullConfigRun {
  /** `null`: neither ajv nor the interpreter (not loaded yet) can validate against this spec here. */
  failures: readonly Failure[] | null;
  /** The spec's warnings, plus one when ajv could not compile it. */
  warnings: SpecWarning[];
}

interface Validator {
  run: ((config: unknown) => readonly Failure[]) | null;
  warnings: SpecWarning[];
}

const interpreted = new WeakMap<JSONSchema, (config: unknown) => readonly Failure[]>();

/** The interpreter bound to a spec, once `loadSchemaInterpreter` has loaded it. */
function interpreterFor(schema: JSONSchema): ((config: unknown) => readonly Failure[]) | null {
  const interpreter = loadedSchemaInterpreter();
  if (!interpreter) return null;
  let run = interpreted.get(schema);
  if (!run) {
    const body = validationBody(schema);
    run = (config) => interpreter(body, config);
    interpreted.set(schema, run);
  }
  return run;
}

/**
 * Picks the validator without ever compiling when it need not: a compiled ajv validator if one is ready, else the
 * interpreter if it is loaded (ajv compiles in idle time, see `precompileFullConfig`), else ajv compiled now (only
 * where nothing loaded the interpreter first, e.g. a script calling this directly).
 */
function validatorFor(schema: JSONSchema, warnings: SpecWarning[]): Validator {
  const ready = compiledFullConfig(schema);
  if (ready?.run) return { run: ready.run, warnings };
  if (!ready) {
    const interpreter = interpreterFor(schema);
    if (interpreter || !canCompileSchemas()) return { run: interpreter, warnings };
  }
  const result = ready ?? compileFullConfig(schema);
  if (result.run) return { run: result.run, warnings };
  const interpreter = interpreterFor(schema);
  const instead = interpreter ? "it is validated by the interpreter instead" : "it is not validated";
  return {
    run: interpreter,
    warnings: [
      ...warnings,
      { path: "", code: "validator_failed", message: `ajv could not compile the specification; ${instead}` },
    ],
  };
}

/**
 * ajv never looks at a property named `__proto__` (on purpose), so under `additionalProperties: false` it calls a
 * declared one unknown: not an error. (Its own keywords go unchecked here; the server still checks them.)
 */
function isDeclaredProto(error: Failure): boolean {
  const parent = error.parentSchema;
  return (
    error.keyword === "additionalProperties" &&
    (error.params as Record<string, unknown>).additionalProperty === "__proto__" &&
    isPlainObject(parent) &&
    isPlainObject(parent.properties) &&
    Object.hasOwn(parent.properties, "__proto__")
  );
}

/**
 * The raw failures of a configuration against a normalised spec (ajv's or the interpreter's, see `validatorFor`),
 * without the messages `validateFullConfig` turns them into: what `prepareForm` needs synchronously
 * (`isDefaultComplete`), apart from the messages, which load with the submit pipeline.
 */
export function runFullConfig(schema: JSONSchema, warnings: SpecWarning[], config: unknown): FullConfigRun {
  const { run, warnings: reported } = validatorFor(schema, warnings);
  return {
    failures: run ? run(config).filter((error) => !isDeclaredProto(error)) : null,
    warnings: reported,
  };
}

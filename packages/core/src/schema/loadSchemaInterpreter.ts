import type { interpretSchema } from "./interpretSchema.js";
import { loadSpecEngine } from "./loadSpecEngine.js";

/** The signature of `interpretSchema` (see `loadSchemaInterpreter`). */
export type SchemaInterpreter = typeof interpretSchema;

let loaded: SchemaInterpreter | undefined;
let loading: Promise<SchemaInterpreter> | undefined;

/**
 * Loads the eval-free validator (`interpretSchema`; its code, `interpretSchemaWith`, is a separate chunk, so a page
 * that never asks for it never downloads it) and resolves with it; loaded once per page. From then on
 * `validateFullConfig` uses it until ajv has compiled the spec, and wherever ajv cannot compile, e.g. on a page whose
 * Content-Security-Policy forbids `'unsafe-eval'` (see `canCompileSchemas`). `<CredentialForm>` loads it on every
 * page, with the spec engine: it is the validator the form hands RJSF. A failed load (the chunk could not be fetched)
 * may be retried.
 */
export function loadSchemaInterpreter(): Promise<SchemaInterpreter> {
  loading ??= Promise.all([import("./interpretSchemaWith.js"), loadSpecEngine()]).then(
    ([module, { engine }]) => {
      // The chunk takes the pattern and type checks from the spec engine's chunk (see `SpecEngine`).
      const interpret: SchemaInterpreter = (schema, data, root) =>
        module.interpretSchemaWith(engine, schema, data, root);
      loaded = interpret;
      return interpret;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The eval-free validator once `loadSchemaInterpreter` has loaded it; `undefined` before. */
export function loadedSchemaInterpreter(): SchemaInterpreter | undefined {
  return loaded;
}

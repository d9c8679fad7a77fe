import { type JSONSchema, loadedSchemaInterpreter, safeRegExp } from "@credential-form/core/form";
import { customizeValidator } from "@rjsf/validator-ajv8";

// Airbyte's own spec keywords: declared so Ajv neither rejects nor warns about them.
const AIRBYTE_KEYWORDS = (
  "airbyte_secret airbyte_hidden always_show order group groups display_type multiline pattern_descriptor " +
  "tittle desciption x-speakeasy-param-sensitive x-speakeasy-entity"
).split(" ");

/**
 * The RJSF validator, created once for the module: Ajv with `strict: false`, Airbyte keywords known and no
 * console logging. `<CredentialForm>` validates the merged config itself; RJSF uses this for option matching
 * (`isValid`). Once core's eval-free interpreter is loaded (see `loadSchemaInterpreter`: after the form's first
 * paint, or before it renders where a Content-Security-Policy forbids `'unsafe-eval'`), `isValid` answers with it:
 * Ajv's first compile (its meta-schema, then the root schema: 50–70 ms on the large specs) would otherwise land on
 * the first submit, when RJSF re-derives its defaults for the errors, and on a CSP page Ajv cannot compile at all.
 */
export const credentialFormValidator = customizeValidator({
  ajvOptionsOverrides: {
    strict: false,
    logger: false,
    keywords: AIRBYTE_KEYWORDS,
    // Option matching runs on blur: a spec pattern that could backtrack for seconds is never tested here.
    code: { regExp: safeRegExp },
  },
});

const isValidWithAjv = credentialFormValidator.isValid.bind(credentialFormValidator);
credentialFormValidator.isValid = (schema, formData, rootSchema) => {
  const interpret = loadedSchemaInterpreter();
  return interpret
    ? interpret(schema as JSONSchema, formData, rootSchema).length === 0
    : isValidWithAjv(schema, formData, rootSchema);
};

import { type JSONSchema, loadedSchemaInterpreter, safeRegExp } from "@credential-form/core/form";
import { customizeValidator } from "@rjsf/validator-ajv8";

// Airbyte's own spec keywords: declared so Ajv neither rejects nor warns about them.
const AIRBYTE_KEYWORDS = (
  "airbyte_secret airbyte_hidden always_show order group groups display_type multiline pattern_descriptor " +
  "tittle desciption x-speakeasy-param-sensitive x-speakeasy-entity"
).split(" ");

/**
 * An RJSF validator for Airbyte specs, for a host's own RJSF forms, created once for the module: Ajv with
 * `strict: false`, Airbyte keywords known and no console logging. `<CredentialForm>` does not use it (it hands RJSF
 * core's eval-free interpreter, so that its first load imports no ajv). Once that interpreter is loaded (see
 * `loadSchemaInterpreter`; a page showing the form has it), `isValid` answers with it: Ajv's first compile (its
 * meta-schema, then the root schema: 50–70 ms on the large specs) would otherwise land on the first option match,
 * and on a page whose Content-Security-Policy forbids `'unsafe-eval'` Ajv cannot compile at all.
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

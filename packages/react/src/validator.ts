import {
  canCompileSchemas,
  type JSONSchema,
  loadedSchemaInterpreter,
  safeRegExp,
} from "@credential-form/core/form";
import { customizeValidator } from "@rjsf/validator-ajv8";

// Airbyte's own spec keywords: declared so Ajv neither rejects nor warns about them.
const AIRBYTE_KEYWORDS = (
  "airbyte_secret airbyte_hidden always_show order group groups display_type multiline pattern_descriptor " +
  "tittle desciption x-speakeasy-param-sensitive x-speakeasy-entity"
).split(" ");

/**
 * The RJSF validator, created once for the module: Ajv with `strict: false`, Airbyte keywords known and no
 * console logging. `<CredentialForm>` validates the merged config itself; RJSF uses this for option matching
 * (`isValid`). On a page whose Content-Security-Policy forbids `'unsafe-eval'` Ajv cannot compile, so `isValid`
 * answers with core's eval-free interpreter (which the form loads before it renders, see `loadSchemaInterpreter`)
 * instead of failing, and warning, on every call.
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
  const interpret = canCompileSchemas() ? undefined : loadedSchemaInterpreter();
  return interpret
    ? interpret(schema as JSONSchema, formData, rootSchema).length === 0
    : isValidWithAjv(schema, formData, rootSchema);
};

import { customizeValidator } from "@rjsf/validator-ajv8";

// Airbyte's own spec keywords: declared so Ajv neither rejects nor warns about them.
const AIRBYTE_KEYWORDS = (
  "airbyte_secret airbyte_hidden always_show order group groups display_type multiline pattern_descriptor " +
  "tittle desciption x-speakeasy-param-sensitive x-speakeasy-entity"
).split(" ");

/**
 * The RJSF validator, created once for the module: Ajv with `strict: false`, Airbyte keywords known and no
 * console logging. `<CredentialForm>` validates the merged config itself; RJSF uses this for option matching.
 */
export const credentialFormValidator = customizeValidator({
  ajvOptionsOverrides: {
    strict: false,
    logger: false,
    keywords: AIRBYTE_KEYWORDS,
  },
});

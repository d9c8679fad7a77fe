import { type JSONSchema, loadedSchemaInterpreter } from "@credential-form/core/form";
import {
  createErrorHandler,
  getDefaultFormState,
  type RJSFSchema,
  type RJSFValidationError,
  toErrorSchema,
  unwrapErrorHandler,
  type ValidationData,
  type ValidatorType,
  validationDataMerge,
} from "@rjsf/utils";

/** ajv's English wording for the keywords a credential spec uses; others get ajv's generic sentence. */
function describe(keyword: string, params: Record<string, unknown>): string {
  const limit = params.limit;
  switch (keyword) {
    case "required":
      return `must have required property '${String(params.missingProperty)}'`;
    case "type":
      return `must be ${String(params.type)}`;
    case "minLength":
    case "maxLength":
      return `must NOT have ${keyword === "minLength" ? "fewer" : "more"} than ${String(limit)} characters`;
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return `must be ${String(params.comparison)} ${String(limit)}`;
    case "pattern":
    case "format":
      return `must match ${keyword} "${String(params[keyword])}"`;
    case "enum":
      return "must be equal to one of the allowed values";
    case "const":
      return "must be equal to constant";
    default:
      return `must pass "${keyword}" keyword validation`;
  }
}

function interpreter() {
  const interpret = loadedSchemaInterpreter();
  // The form waits for the interpreter before it renders RJSF (`useCredentialFormData`, `connectorSpecQuery`).
  if (!interpret) throw new Error("credential-form: the schema interpreter is not loaded yet");
  return interpret;
}

/**
 * The RJSF validator `<CredentialForm>` and `useCredentialForm`'s `getFormProps()` hand RJSF: core's eval-free
 * interpreter (`loadSchemaInterpreter`), which the form loads before it renders, so that the form's first load does
 * not import ajv (nor ajv-formats, fast-uri, `@rjsf/validator-ajv8`): ajv comes with the spec engine's and the
 * submit's chunks. RJSF asks it to match oneOf options (`isValid`); the form validates on submit itself (`noValidate`), but a host
 * rendering its own `<Form {...getFormProps()}>` with RJSF's validation on gets errors in RJSF's shape, worded as
 * ajv words them. `credentialFormValidator` (ajv) stays exported for a host's own forms.
 */
export const formValidator: ValidatorType = {
  isValid(schema, formData, rootSchema) {
    return interpreter()(schema as JSONSchema, formData, rootSchema as JSONSchema).length === 0;
  },
  rawValidation<Result>(schema: RJSFSchema, formData?: unknown) {
    return { errors: interpreter()(schema as JSONSchema, formData, schema as JSONSchema) as Result[] };
  },
  validateFormData(formData, schema, customValidate, transformErrors, uiSchema) {
    const found = interpreter()(schema as JSONSchema, formData, schema as JSONSchema);
    let errors = found.map(({ keyword, instancePath, params, schemaPath }): RJSFValidationError => {
      const at = instancePath.replace(/\//g, ".");
      const message = describe(keyword, params);
      // As RJSF's ajv validator reports them: a missing property's error belongs to the property.
      const missing = params.missingProperty;
      const property = typeof missing === "string" ? (at ? `${at}.${missing}` : missing) : at;
      return { name: keyword, property, message, params, stack: `${at} ${message}`.trim(), schemaPath };
    });
    if (transformErrors) errors = transformErrors(errors, uiSchema);
    const data: ValidationData<unknown> = { errors, errorSchema: toErrorSchema(errors) };
    if (!customValidate) return data;
    const full = getDefaultFormState(formValidator, schema, formData, schema, true);
    const handler = customValidate(full, createErrorHandler(full), uiSchema, data.errorSchema);
    return validationDataMerge(data, unwrapErrorHandler(handler));
  },
};

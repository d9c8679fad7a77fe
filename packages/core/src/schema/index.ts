export { appendPointer } from "./appendPointer.js";
export {
  type AppliedOneOfChoices,
  type ApplyOneOfChoicesInput,
  applyOneOfChoices,
  type OneOfChoices,
} from "./applyOneOfChoices.js";
export { type BuildPayloadInput, buildPayload } from "./buildPayload.js";
export type { ConfigError } from "./ConfigError.js";
export { canCompileSchemas } from "./canCompileSchemas.js";
export { constValue } from "./constValue.js";
export { dropUntouchedValues } from "./dropUntouchedValues.js";
export { findDiscriminator } from "./findDiscriminator.js";
export type { SchemaError } from "./interpretSchema.js";
export type { JSONSchema, JSONSchemaGroup, JSONSchemaTypeName } from "./JSONSchema.js";
export { loadPatternAnalysis } from "./loadPatternAnalysis.js";
export {
  loadedSchemaInterpreter,
  loadSchemaInterpreter,
  type SchemaInterpreter,
} from "./loadSchemaInterpreter.js";
export { mayBacktrack } from "./mayBacktrack.js";
export { mergeConfig } from "./mergeConfig.js";
export { type NormalizedSpec, normalizeSpec } from "./normalizeSpec.js";
export { parsePointer } from "./parsePointer.js";
export { precompileFullConfig } from "./precompileFullConfig.js";
export { type PreparedForm, type PrepareFormTemplate, prepareForm } from "./prepareForm.js";
export {
  type PreparedSubmission,
  type PrepareSubmissionInput,
  prepareSubmission,
} from "./prepareSubmission.js";
export { REDACTED, redactSecrets } from "./redactSecrets.js";
export { SpecError, type SpecErrorCode } from "./SpecError.js";
export type { SpecWarning, SpecWarningCode } from "./SpecWarning.js";
export { type PatternTester, safeRegExp } from "./safeRegExp.js";
export { secretValues } from "./secretValues.js";
export { selectOption } from "./selectOption.js";
export {
  type SubtractDefaultsOptions,
  type SubtractDefaultsResult,
  subtractDefaults,
} from "./subtractDefaults.js";
export { toUiSchema } from "./toUiSchema.js";
export type {
  CollapsedOneOf,
  UiGroup,
  UiLeafOptions,
  UiObjectOptions,
  UiOneOfOptions,
  UiSchema,
  UiSchemaHints,
} from "./UiSchema.js";
export { type ConfigValidationResult, validateFullConfig } from "./validateFullConfig.js";

/**
 * @credential-form/core/form — what `@credential-form/react`'s form imports from core up front: the same functions
 * as the main entry, without the spec engine (`prepareForm`), which `loadSpecEngine` loads on demand, and the submit
 * pipeline, which `loadSubmitPipeline` loads on demand.
 *
 * Why an entry of its own: a bundler keeps in a page's first load every module that a statically imported entry
 * re-exports, used or not, as soon as any chunk uses it; the main entry re-exports the whole pipeline. Not part of
 * the public API and not covered by semver (`@credential-form/react` depends on this exact version of core).
 */
export { API_MESSAGES } from "./api/API_MESSAGES.js";
export { CredentialApiError } from "./api/CredentialApiError.js";
export { createLazyEmbeddedClient as createEmbeddedClient } from "./api/createLazyEmbeddedClient.js";
// Types are erased from the bundle: all of the main entry's.
export type * from "./index.js";
export { createLazyRegistryClient as createRegistryClient } from "./registry/createLazyRegistryClient.js";
export { RegistryError } from "./registry/RegistryError.js";
export { appendPointer } from "./schema/appendPointer.js";
export { canCompileSchemas } from "./schema/canCompileSchemas.js";
export { constValue } from "./schema/constValue.js";
export { findDiscriminator } from "./schema/findDiscriminator.js";
export { loadPatternAnalysis } from "./schema/loadPatternAnalysis.js";
export { loadedSchemaInterpreter, loadSchemaInterpreter } from "./schema/loadSchemaInterpreter.js";
export { type LoadedSpecEngine, loadedSpecEngine, loadSpecEngine } from "./schema/loadSpecEngine.js";
export { loadSubmitPipeline, type SubmitPipeline } from "./schema/loadSubmitPipeline.js";
export { mayBacktrack } from "./schema/mayBacktrack.js";
export { parsePointer } from "./schema/parsePointer.js";
export { SpecError } from "./schema/SpecError.js";
export { safeRegExp } from "./schema/safeRegExp.js";
export { selectOption } from "./schema/selectOption.js";
export { isPlainObject } from "./shared/isPlainObject.js";
export { createTokenProvider } from "./token/createTokenProvider.js";
export { decodeWidgetToken } from "./token/decodeWidgetToken.js";
export { TokenError } from "./token/TokenError.js";

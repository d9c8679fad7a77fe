/**
 * @credential-form/core/internal — helpers the workspace's tests, stories, test-utils and benchmarks use.
 * Not part of the public API and not covered by semver: any release may change or remove them.
 */
export { CONFIG_BODY_KEYS, toConfigPointer } from "./api/toConfigPointer.js";
export { toSourceDefinition } from "./registry/toSourceDefinition.js";

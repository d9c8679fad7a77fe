import type { isJsonType } from "../shared/isJsonType.js";
import type { compileFullConfig } from "./compileFullConfig.js";
import type { constValue } from "./constValue.js";
import type { cycleTargets } from "./cycleTargets.js";
import type { findDiscriminator } from "./findDiscriminator.js";
import type { isCatastrophicPattern } from "./isCatastrophicPattern.js";
import type { normalizeSpec } from "./normalizeSpec.js";
import type { refTargets } from "./refTargets.js";
import type { runFullConfig } from "./runFullConfig.js";
import type { safeRegExp } from "./safeRegExp.js";
import type { sameJson } from "./sameJson.js";
import type { selectOption } from "./selectOption.js";

/**
 * The spec-engine functions the submit pipeline and the interpreter (`interpretSchemaWith`) call, handed to them
 * (`coreSpecEngine`, from the spec engine's chunk that `loadSpecEngine` loads with `prepareForm`) instead of
 * imported: a form has loaded that chunk before it can submit, and a chunk loaded on demand that imports them makes
 * bundlers split them (with everything they import) into a chunk of their own, gzipped apart (see bench/README.md).
 */
export interface SpecEngine {
  normalizeSpec: typeof normalizeSpec;
  runFullConfig: typeof runFullConfig;
  compileFullConfig: typeof compileFullConfig;
  findDiscriminator: typeof findDiscriminator;
  selectOption: typeof selectOption;
  sameJson: typeof sameJson;
  safeRegExp: typeof safeRegExp;
  isCatastrophicPattern: typeof isCatastrophicPattern;
  isJsonType: typeof isJsonType;
  constValue: typeof constValue;
  /** `normalizeSpec`'s record of the `$ref` targets it kept (shared state: the one `prepareForm` fills). */
  refTargets: typeof refTargets;
  /** `normalizeSpec`'s record of the `$ref` targets it dropped for closing a cycle (shared state, likewise). */
  cycleTargets: typeof cycleTargets;
}

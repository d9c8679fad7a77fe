import { isJsonType } from "../shared/isJsonType.js";
import { compileFullConfig } from "./compileFullConfig.js";
import { constValue } from "./constValue.js";
import { cycleTargets } from "./cycleTargets.js";
import { findDiscriminator } from "./findDiscriminator.js";
import { isUnsafePattern } from "./loadPatternAnalysis.js";
import { normalizeSpec } from "./normalizeSpec.js";
import { refTargets } from "./refTargets.js";
import { runFullConfig } from "./runFullConfig.js";
import type { SpecEngine } from "./SpecEngine.js";
import { safeRegExp } from "./safeRegExp.js";
import { sameJson } from "./sameJson.js";
import { selectOption } from "./selectOption.js";

/**
 * Core's spec engine, as the submit pipeline's functions and the interpreter take it (`validateFullConfigWith`,
 * `interpretSchemaWith`).
 */
export const coreSpecEngine: SpecEngine = {
  normalizeSpec,
  runFullConfig,
  compileFullConfig,
  findDiscriminator,
  selectOption,
  sameJson,
  safeRegExp,
  isCatastrophicPattern: isUnsafePattern,
  isJsonType,
  constValue,
  refTargets,
  cycleTargets,
};

/** Machine-readable codes of the quirks `normalizeSpec` and `subtractDefaults` report. */
export type SpecWarningCode =
  | "invalid_schema"
  | "keyword_typo"
  | "duplicate_required"
  | "invalid_required"
  | "pattern_repaired"
  | "invalid_pattern"
  | "unsafe_pattern"
  | "too_deep"
  | "too_complex"
  | "unresolved_ref"
  | "ref_cycle"
  | "unknown_format"
  | "missing_type"
  | "invalid_examples"
  | "oneof_default_option"
  | "invalid_keyword_value"
  | "stray_properties"
  | "misplaced_enum"
  | "allof_inlined"
  | "unknown_option"
  | "conflicting_option_defaults"
  | "default_type_mismatch"
  | "unknown_default"
  | "validator_failed"
  | "format_contradicts_pattern"
  | "invalid_default"
  | "null_type_name"
  | "contradictory_limits"
  | "const_outside_enum"
  | "examples_rejected_by_pattern"
  | "hidden_required"
  | "unfillable_key";

/** A problem found in a spec (or in template defaults), degraded gracefully instead of thrown. */
export interface SpecWarning {
  /** JSON pointer into the schema (or, for defaults, into the configuration). */
  path: string;
  code: SpecWarningCode;
  message: string;
}

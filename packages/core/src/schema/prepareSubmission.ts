import { coreSpecEngine } from "./coreSpecEngine.js";
import {
  type PreparedSubmission,
  type PrepareSubmissionInput,
  prepareSubmissionWith,
} from "./prepareSubmissionWith.js";

export type { PreparedSubmission, PrepareSubmissionInput } from "./prepareSubmissionWith.js";

/**
 * The one submit pipeline: drops what the user never touched, builds the payload, merges it over the template
 * defaults, validates the result against the full spec and lists the values to keep secret.
 */
export function prepareSubmission(input: PrepareSubmissionInput): PreparedSubmission {
  return prepareSubmissionWith(coreSpecEngine, input);
}

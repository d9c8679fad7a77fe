import { SpecError, scrubSecrets } from "@credential-form/core/form";
import { asError } from "./useCredentialFormData.js";

/** Every string in `value` (form data), where a render error's message could have picked one up. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (typeof value === "object" && value !== null)
    for (const item of Object.values(value)) strings(item, out);
  return out;
}

/**
 * What the form reports when RJSF throws while rendering: a `SpecError` `render_failed` whose message keeps the
 * thrown message for debugging, with every value of `formData` scrubbed from it (a throwing widget may quote its
 * value), and no `cause`.
 */
export function toRenderError(thrown: unknown, formData: unknown): SpecError {
  const message = scrubSecrets(asError(thrown).message, strings(formData));
  return new SpecError("render_failed", `The connector form could not be rendered: ${message}`);
}

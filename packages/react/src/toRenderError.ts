import { loadSubmitPipeline, SpecError } from "@credential-form/core/form";
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
 * value), and no `cause`. The matcher loads with the submit pipeline (usually loaded by then: it starts when the
 * form is ready); where it cannot be loaded, the thrown message is left out.
 */
export async function toRenderError(thrown: unknown, formData: unknown): Promise<SpecError> {
  const message = asError(thrown).message;
  const scrubbed = await loadSubmitPipeline().then(
    ({ scrubSecrets }) => scrubSecrets(message, strings(formData)),
    () => "(details unavailable)",
  );
  return new SpecError("render_failed", `The connector form could not be rendered: ${scrubbed}`);
}

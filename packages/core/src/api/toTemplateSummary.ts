import { isPlainObject } from "../shared/isPlainObject.js";
import { nonEmptyText as text } from "../shared/nonEmptyText.js";
import { badResponse } from "./badResponse.js";
import type { CredentialApiError } from "./CredentialApiError.js";
import type { SourceTemplateSummary, TemplateMode } from "./types.js";

/** `bad_response` for a template answer missing `what`. */
export function badTemplate(ApiError: typeof CredentialApiError, what: string) {
  return badResponse(ApiError, `Airbyte returned a source template ${what}.`);
}

/** Reads one source template (list item or single answer) as a summary; throws `bad_response` without an id. */
export function toTemplateSummary(item: unknown, ApiError: typeof CredentialApiError): SourceTemplateSummary {
  const { id, name, icon, connector_name: connectorName, tags, mode } = isPlainObject(item) ? item : {};
  if (typeof id !== "string") throw badTemplate(ApiError, "without an id");
  return {
    id,
    name: typeof name === "string" ? name : id,
    icon: text(icon),
    // Only the current API has these.
    ...(connectorName !== undefined && { connectorName: text(connectorName) }),
    ...(Array.isArray(tags) && { tags: tags.filter((t): t is string => typeof t === "string") }),
    ...(mode !== undefined && { mode: text(mode) as TemplateMode | null }),
  };
}

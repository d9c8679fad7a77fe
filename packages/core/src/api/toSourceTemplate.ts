import type { JSONSchema } from "../schema/JSONSchema.js";
import { isPlainObject } from "../shared/isPlainObject.js";
import { nonEmptyText as text } from "../shared/nonEmptyText.js";
import type { CredentialApiError } from "./CredentialApiError.js";
import { badTemplate, toTemplateSummary } from "./toTemplateSummary.js";
import type { SourceTemplate } from "./types.js";

/** Reads one source template answer (any API generation); throws `bad_response` when it lacks an id or definition. */
export function toSourceTemplate(json: unknown, ApiError: typeof CredentialApiError): SourceTemplate {
  const summary = toTemplateSummary(json, ApiError);
  const {
    source_definition_id: sourceDefinitionId,
    partial_default_config: defaults,
    user_config_spec: spec,
    auth_tooltip: tooltip,
  } = json as Record<string, unknown>;
  if (typeof sourceDefinitionId !== "string") {
    throw badTemplate(ApiError, "without `source_definition_id`");
  }
  // The current API's `user_config_spec` is a ConnectorSpecification; older ones sent a bare JSON Schema.
  const connector = isPlainObject(spec) && isPlainObject(spec.connectionSpecification);
  const template: SourceTemplate = {
    ...summary,
    sourceDefinitionId,
    partialDefaultConfig: isPlainObject(defaults) ? defaults : {},
    userConfigSpec: (connector
      ? spec.connectionSpecification
      : isPlainObject(spec)
        ? spec
        : null) as JSONSchema,
  };
  if (connector) template.advancedAuth = isPlainObject(spec.advanced_auth) ? spec.advanced_auth : null;
  if (tooltip !== undefined) {
    // A string, or an object of strings (per language…), as the contract allows.
    template.authTooltip =
      text(tooltip) ?? (isPlainObject(tooltip) ? (tooltip as Record<string, string>) : null);
  }
  return template;
}

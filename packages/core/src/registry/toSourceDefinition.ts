import type { JSONSchema } from "../schema/JSONSchema.js";
import { isPlainObject } from "../shared/isPlainObject.js";
import { nonEmptyText as str } from "../shared/nonEmptyText.js";
import { RegistryError } from "./RegistryError.js";
import type { SourceDefinition } from "./SourceDefinition.js";

/** Reads a raw registry entry into a {@link SourceDefinition}; `no_spec` when it has no `spec.connectionSpecification`. */
export function toSourceDefinition(raw: unknown): SourceDefinition {
  if (!isPlainObject(raw))
    throw new RegistryError("bad_json", "The connector definition is not a JSON object.");
  const dockerRepository = str(raw.dockerRepository) ?? "";
  const name = str(raw.name) ?? dockerRepository;
  const spec = isPlainObject(raw.spec) ? raw.spec : {};
  const { connectionSpecification } = spec;
  if (!isPlainObject(connectionSpecification)) {
    throw new RegistryError(
      "no_spec",
      `The registry entry for ${name || "this connector"} has no spec.connectionSpecification.`,
    );
  }
  const advancedAuth = spec.advanced_auth ?? spec.advancedAuth;
  return {
    name,
    dockerRepository,
    dockerImageTag: str(raw.dockerImageTag) ?? "",
    sourceDefinitionId: str(raw.sourceDefinitionId) ?? "",
    iconUrl: str(raw.iconUrl),
    documentationUrl: str(raw.documentationUrl),
    spec: {
      connectionSpecification: connectionSpecification as JSONSchema,
      advancedAuth: isPlainObject(advancedAuth) ? advancedAuth : null,
    },
  };
}

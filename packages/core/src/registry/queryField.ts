import type { SourceQuery } from "./SourceDefinition.js";

/** The field a {@link SourceQuery} looks up, and the value it wants there. */
export function queryField(query: SourceQuery): ["sourceDefinitionId" | "dockerRepository", string] {
  const field = "sourceDefinitionId" in query ? "sourceDefinitionId" : "dockerRepository";
  return [field, (query as Record<typeof field, string>)[field]];
}

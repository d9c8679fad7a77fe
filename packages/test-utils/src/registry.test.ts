import { describe, expect, it } from "vitest";
import { allSources, getSource, getSourceById, loadRegistry } from "./registry.js";

describe("registry fixture", () => {
  it("holds the 208 real sources and the destinations", () => {
    const registry = loadRegistry();
    expect(registry.sources).toHaveLength(208);
    expect(registry.destinations.length).toBeGreaterThan(0);
  });

  it("gives every source a connection specification and a unique id", () => {
    const ids = new Set(allSources().map((s) => s.sourceDefinitionId));
    expect(ids.size).toBe(208);
    for (const source of allSources()) {
      expect(source.spec.connectionSpecification, source.dockerRepository).toBeTypeOf("object");
    }
  });

  it("finds a source by docker repository and by id, and keeps its real quirks", () => {
    const hellobaton = getSource("airbyte/source-hellobaton");
    expect(hellobaton.name).toBe("Hellobaton");
    expect(hellobaton.spec.connectionSpecification.required).toEqual(["api_key", "api_key", "company"]);
    expect(getSourceById(hellobaton.sourceDefinitionId)).toBe(hellobaton);
  });

  it("throws a clear error for an unknown connector", () => {
    expect(() => getSource("airbyte/source-nope")).toThrow(/source-nope/);
  });
});

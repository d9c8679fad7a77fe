import { loadRegistry } from "../packages/test-utils/src/index.js";

/** A synthetic registry document and the connector placed last in it (the worst case for a scan). */
export interface SyntheticRegistry {
  body: Buffer;
  targetId: string;
}

function syntheticId(n: number): string {
  const hex = n.toString(16).padStart(12, "0");
  return `bbbbbbbb-0000-4000-8000-${hex}`;
}

/**
 * Builds a registry of at least `minBytes` from the fixture: its sources repeated with new ids and repositories,
 * and the wanted connector (a copy of `targetDockerRepository`) as the very last entry.
 */
export function buildSyntheticRegistry(minBytes: number, targetDockerRepository: string): SyntheticRegistry {
  const fixture = loadRegistry();
  const parts: string[] = [];
  let bytes = 0;
  let n = 0;
  while (bytes < minBytes) {
    for (const source of fixture.sources) {
      const copy = {
        ...source,
        sourceDefinitionId: syntheticId(++n),
        dockerRepository: `${source.dockerRepository}-copy-${n}`,
      };
      const text = JSON.stringify(copy);
      parts.push(text);
      bytes += text.length + 1;
    }
  }
  const target = fixture.sources.find((source) => source.dockerRepository === targetDockerRepository);
  if (!target) throw new Error(`${targetDockerRepository} is not in the fixture`);
  const targetId = syntheticId(++n);
  parts.push(
    JSON.stringify({
      ...target,
      sourceDefinitionId: targetId,
      dockerRepository: `${target.dockerRepository}-target`,
    }),
  );
  const text = `{"destinations":${JSON.stringify(fixture.destinations)},"sources":[${parts.join(",")}]}`;
  return { body: Buffer.from(text, "utf8"), targetId };
}

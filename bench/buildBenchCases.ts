import type { JSONSchema } from "../packages/core/src/index.js";
import { connectorIcon } from "../packages/sandbox/src/connectorIcon.js";
import { allSources, getSource, sampleValidInput } from "../packages/test-utils/src/index.js";
import type { BenchCase } from "./BenchData.js";

const SCALAR_TYPES = new Set(["string", "integer", "number", "boolean"]);
const COMPOSITE_FIELDS = 250;

function countProperties(schema: unknown): number {
  if (!schema || typeof schema !== "object") return 0;
  const node = schema as JSONSchema;
  let count = 0;
  for (const child of Object.values(node.properties ?? {})) count += 1 + countProperties(child);
  for (const option of Array.isArray(node.oneOf) ? node.oneOf : []) count += countProperties(option);
  if (node.items && !Array.isArray(node.items)) count += countProperties(node.items);
  return count;
}

function specOf(definition: Record<string, unknown>): JSONSchema {
  return (definition.spec as { connectionSpecification: JSONSchema }).connectionSpecification;
}

/** The icons the form cases' entries point at (`/icons/<connector>.svg`), served by the bench server. */
export const benchIcons = new Map<string, Buffer>();

/**
 * The entry with its `iconUrl` on the bench server, serving the sandbox's icon: the registry's point at Airbyte's
 * CDN, and the page must reach nothing but the bench server. Over HTTP (not a `data:` URL) the icon loads and
 * decodes after the mount, as a host's CDN icon does. The page makes it absolute (`safeIconSrc` drops relative URLs).
 */
function offlineIcon(definition: Record<string, unknown>): Record<string, unknown> {
  if (typeof definition.iconUrl !== "string") return definition;
  const repository = String(definition.dockerRepository);
  const dataUrl = connectorIcon(repository, String(definition.name));
  const iconUrl = `/icons/${repository.replace(/[^\w-]/g, "_")}.svg`;
  benchIcons.set(iconUrl, Buffer.from(decodeURIComponent(dataUrl.slice(dataUrl.indexOf(",") + 1))));
  return { ...definition, iconUrl };
}

function toCase(name: string, why: string, definition: Record<string, unknown>): BenchCase {
  const spec = specOf(definition);
  return {
    name,
    why,
    definition: offlineIcon(definition),
    config: sampleValidInput(spec),
    properties: countProperties(spec),
    specBytes: JSON.stringify(spec).length,
  };
}

/**
 * A 250-field form made of real fields: the scalar top-level properties of the fixture's specs, in registry
 * order, renamed `<connector>__<field>` so they do not collide; each keeps its own `required`.
 */
function compositeDefinition(): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  outer: for (const source of allSources()) {
    const spec = specOf(source as unknown as Record<string, unknown>);
    const slug = source.dockerRepository.replace(/^.*\/(source-)?/, "").replace(/[^\w]/g, "_");
    for (const [key, property] of Object.entries(spec.properties ?? {})) {
      if (!property || !SCALAR_TYPES.has(property.type as string) || property.oneOf) continue;
      const name = `${slug}__${key}`;
      properties[name] = property;
      if (Array.isArray(spec.required) && spec.required.includes(key)) required.push(name);
      if (Object.keys(properties).length >= COMPOSITE_FIELDS) break outer;
    }
  }
  return {
    name: "Composite (250 real fields)",
    dockerRepository: "bench/composite-250",
    dockerImageTag: "0.0.0",
    sourceDefinitionId: "00000000-0000-4000-8000-000000000250",
    spec: {
      connectionSpecification: {
        $schema: "http://json-schema.org/draft-07/schema#",
        type: "object",
        required,
        properties,
      },
    },
  };
}

/**
 * The benchmarked specs: the fixture's largest by properties and by bytes (both source-google-analytics-data-api),
 * the runner-up by bytes (facebook-marketing, most top-level fields of the large ones), a small one (hellobaton)
 * and a 250-field form composed of real fields.
 */
export function buildBenchCases(): BenchCase[] {
  const sources = allSources().map((source) => source as unknown as Record<string, unknown>);
  const byProps = [...sources].sort(
    (a, b) => countProperties(specOf(b)) - countProperties(specOf(a)),
  )[0] as Record<string, unknown>;
  const byBytes = [...sources].sort(
    (a, b) => JSON.stringify(specOf(b)).length - JSON.stringify(specOf(a)).length,
  );
  const largestBytes = byBytes[0] as Record<string, unknown>;
  const secondBytes = byBytes.find((source) => source !== largestBytes) as Record<string, unknown>;
  const out: BenchCase[] = [];
  if (byProps === largestBytes) {
    out.push(toCase("largest", `${byProps.dockerRepository}: most properties and most bytes`, byProps));
  } else {
    out.push(toCase("most-props", `${byProps.dockerRepository}: most properties`, byProps));
    out.push(toCase("most-bytes", `${largestBytes.dockerRepository}: most bytes`, largestBytes));
  }
  out.push(toCase("2nd-bytes", `${secondBytes.dockerRepository}: second most bytes`, secondBytes));
  out.push(
    toCase(
      "small",
      "airbyte/source-hellobaton: a small spec",
      getSource("airbyte/source-hellobaton") as unknown as Record<string, unknown>,
    ),
  );
  out.push(toCase("250-fields", "250 scalar fields taken from the fixture's specs", compositeDefinition()));
  return out;
}

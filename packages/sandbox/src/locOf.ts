import { isRecord } from "./isRecord.js";

/** Converts an Ajv instance path into `loc` segments, numbers for array indexes. */
export function locOf(instancePath: string, data: unknown): (string | number)[] {
  if (instancePath === "") return [];
  const loc: (string | number)[] = [];
  let node: unknown = data;
  for (const raw of instancePath.slice(1).split("/")) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(node)) {
      const index = Number(segment);
      loc.push(index);
      node = node[index];
    } else {
      loc.push(segment);
      node = isRecord(node) ? node[segment] : undefined;
    }
  }
  return loc;
}

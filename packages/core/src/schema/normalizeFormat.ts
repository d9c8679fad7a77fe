import { KNOWN_FORMATS } from "./specKeywords.js";
import { warnSpec } from "./warnSpec.js";

type Node = Record<string, unknown>;

/** `format`: dropped when ajv-formats does not know it. */
export function normalizeFormat(node: Node, path: string): void {
  const format = node.format;
  if (format === undefined || KNOWN_FORMATS.has(format)) return;
  delete node.format;
  warnSpec(`${path}/format`, "Unknown format dropped", "unknown_format");
}

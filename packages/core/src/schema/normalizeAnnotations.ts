import { isArray } from "../shared/isArray.js";
import { isPlainObject } from "../shared/isPlainObject.js";
import { ANNOTATION_KEYWORDS } from "./specKeywords.js";
import { notA, warnSpec } from "./warnSpec.js";

type Node = Record<string, unknown>;

/** Airbyte's annotations: strings and booleans of the right type, a known `display_type`, groups with ids. */
export function normalizeAnnotations(node: Node, path: string): void {
  ANNOTATION_KEYWORDS.forEach((keyword, index) => {
    const value = node[keyword];
    const expected = index < 4 ? "string" : "boolean";
    if (value === undefined || typeof value === expected) return;
    if (index > 3) node[keyword] = value === "true";
    else if (typeof value === "number" || typeof value === "boolean") node[keyword] = String(value);
    else delete node[keyword];
    notA(path, keyword, `a ${expected}`);
  });
  if (!["dropdown", "radio", undefined].includes(node.display_type as string)) {
    delete node.display_type;
    warnSpec(`${path}/display_type`, "Unknown display_type dropped");
  }
  const groups = node.groups;
  if (groups !== undefined) {
    const kept = isArray(groups)
      ? groups.filter((group) => isPlainObject(group) && typeof group.id === "string")
      : [];
    if (!isArray(groups) || kept.length !== groups.length) {
      warnSpec(`${path}/groups`, "Groups without an id dropped");
    }
    node.groups = kept;
  }
}

import { NUMERIC_KEYWORDS } from "./specKeywords.js";
import { toNumber } from "./toNumber.js";
import { notA, readAs } from "./warnSpec.js";

type Node = Record<string, unknown>;

/** Numeric keywords: numeric strings read as numbers, others dropped; `min`/`max` read as `minimum`/`maximum`. */
export function normalizeNumbers(node: Node, path: string): void {
  // `min`/`max` (database connectors) are aliases only on numeric fields.
  if (node.type === "number" || node.type === "integer") {
    for (const alias of ["min", "max"]) {
      const keyword = `${alias}imum`;
      if (typeof node[alias] === "number" && node[keyword] === undefined) {
        node[keyword] = node[alias];
        readAs(path, alias, keyword);
        delete node[alias];
      }
    }
  }
  for (const keyword of NUMERIC_KEYWORDS) {
    const value = node[keyword];
    if (value === undefined || Number.isFinite(value)) continue;
    const parsed = toNumber(value);
    if (Number.isFinite(parsed)) node[keyword] = parsed;
    else delete node[keyword];
    notA(path, keyword, "a number");
  }
}

import axe from "axe-core";

/** Runs axe-core on `context` (in a real browser) and lists each violation as `id: help (first targets)`. */
export async function axeViolations(context: Element | Document): Promise<string[]> {
  const result = await axe.run(context, { resultTypes: ["violations"] });
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(", ")})`,
  );
}

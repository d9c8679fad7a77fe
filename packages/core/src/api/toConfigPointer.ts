/** Body keys under which the flavours send the config; stripped so paths point into the config itself. */
export const CONFIG_BODY_KEYS: readonly string[] = [
  "connection_configuration",
  "source_config",
  "configuration",
  "config",
];

function escapeSegment(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

function unescapeSegment(segment: string): string {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}

/**
 * Turns a server's field location (FastAPI `loc` array, JSON pointer, `#/a/b`, or `a.b[0].c`) into a JSON
 * pointer into the config, dropping the leading `body` and the flavour's config key. Returns `null` when the
 * location points outside the config (e.g. `body.workspace_id`).
 */
export function toConfigPointer(
  location: unknown,
  configKeys: readonly string[] = CONFIG_BODY_KEYS,
): string | null {
  let segments: string[];
  if (Array.isArray(location)) {
    segments = location.map((s) => String(s));
  } else if (typeof location === "string") {
    const text = location.trim().replace(/^#/, "");
    if (text === "") return "";
    segments = text.startsWith("/")
      ? text.slice(1).split("/").map(unescapeSegment)
      : text
          .replace(/\[(\d+)\]/g, ".$1")
          .split(".")
          .filter((s) => s !== "");
  } else {
    return null;
  }
  if (Array.isArray(location) && ["query", "path", "header", "cookie"].includes(segments[0] ?? ""))
    return null;
  const hadBody = segments[0] === "body";
  if (hadBody) segments = segments.slice(1);
  const first = segments[0];
  if (first !== undefined && configKeys.includes(first)) {
    segments = segments.slice(1);
  } else if (hadBody) {
    return null;
  }
  return segments.map((s) => `/${escapeSegment(s)}`).join("");
}

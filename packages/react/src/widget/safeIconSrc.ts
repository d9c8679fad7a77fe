const RASTER_DATA_URL =
  /^data:image\/(?:png|gif|jpe?g|webp|avif|bmp|x-icon|vnd\.microsoft\.icon|svg\+xml)[;,]/i;
const SVG_MARKUP = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype[^>]*>\s*)?<svg[\s>]/i;

/**
 * Turns an untrusted template icon into a URL safe for `<img src>`, or null: http(s) URLs and `data:image/*`
 * URLs pass, SVG markup becomes a `data:image/svg+xml` URL (an `<img>` never runs its scripts), anything else
 * (`javascript:`, relative paths, other data URLs) is dropped.
 */
export function safeIconSrc(icon: string | null | undefined): string | null {
  if (typeof icon !== "string") return null;
  const value = icon.trim();
  if (value === "") return null;
  if (SVG_MARKUP.test(value)) return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(value)}`;
  if (RASTER_DATA_URL.test(value)) return value;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}

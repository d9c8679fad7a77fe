import { monogramIcon } from "./monogramIcon.js";

// A few small icons the sandbox draws itself (simple shapes in each brand's colour, not the brands' artwork), so
// the demo shows the real path of an icon: template `icon` / registry `iconUrl` → `safeIconSrc` → `<img>`.
const DRAWN: Record<string, string> = {
  "airbyte/source-github":
    `<rect width="32" height="32" rx="7" fill="#24292f"/><circle cx="11" cy="9" r="3" fill="none" stroke="#fff" stroke-width="2"/>` +
    `<circle cx="11" cy="23" r="3" fill="none" stroke="#fff" stroke-width="2"/><circle cx="21" cy="13" r="3" fill="none" stroke="#fff" stroke-width="2"/>` +
    `<path d="M11 12v8M21 16c0 3-4 3-8 5" fill="none" stroke="#fff" stroke-width="2"/>`,
  "airbyte/source-facebook-marketing": `<rect width="32" height="32" rx="16" fill="#1877f2"/><path d="M18 27v-9h3l.5-3.5H18v-2.2c0-1 .3-1.8 1.8-1.8h1.9V7.4A25 25 0 0 0 19 7.3c-2.7 0-4.5 1.6-4.5 4.6v2.6h-3V18h3v9z" fill="#fff"/>`,
  "airbyte/source-hellobaton": `<rect width="32" height="32" rx="7" fill="#ff6b35"/><path d="M9 23 23 9" stroke="#fff" stroke-width="4" stroke-linecap="round"/><circle cx="23" cy="9" r="3" fill="#ffd23f"/>`,
  "airbyte/source-stripe": `<rect width="32" height="32" rx="7" fill="#635bff"/><path d="M20.5 12.2c-1-.6-2.4-1-3.7-1-1.2 0-1.9.4-1.9 1.1 0 2 6.6 1 6.6 5.9 0 2.6-2.2 4.1-5.3 4.1-1.6 0-3.3-.4-4.6-1.1v-3.2c1.3.8 3 1.3 4.6 1.3 1.2 0 2-.3 2-1.1 0-2.1-6.6-1.2-6.6-5.8 0-2.5 2-4.1 5.1-4.1 1.4 0 2.8.3 3.8.8z" fill="#fff"/>`,
};

/**
 * The sandbox's icon for a connector, as a `data:` SVG (never a URL a browser would fetch): a drawn one for a few
 * connectors, else the name's monogram.
 */
export function connectorIcon(dockerRepository: string, name: string): string {
  const drawn = DRAWN[dockerRepository];
  if (drawn === undefined) return monogramIcon(name);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">${drawn}</svg>`;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

// Finds a Chromium for browser tests, Storybook tests and benchmarks.
// Order: $CHROMIUM_PATH, Debian's /usr/bin/chromium, Playwright's own download; otherwise, as root
// with apt, installs Debian's chromium; otherwise fails saying exactly what to install.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";

const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/** Flags every launch uses: root in a container needs --no-sandbox; the closed network needs the rest. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

function playwrightBrowser() {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require("playwright");
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** Returns the path of a usable Chromium without installing anything, or undefined. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  return playwrightBrowser();
}

function canApt() {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  return isRoot && existsSync("/usr/bin/apt-get");
}

/** Finds Chromium, installing Debian's package when we are root with apt; throws a helpful error otherwise. */
export function ensureChromium({ log = console.log } = {}) {
  const found = findChromium();
  if (found) return found;
  if (process.env.CHROMIUM_PATH) {
    throw new Error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but no file is there.`);
  }
  if (canApt()) {
    log("Chromium not found: installing Debian's chromium package (apt-get install -y chromium)…");
    execFileSync("apt-get", ["update"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  }
  throw new Error(
    [
      "No Chromium found for the browser tests.",
      "Install one of:",
      "  - Debian/Ubuntu: sudo apt-get install -y chromium   (gives /usr/bin/chromium)",
      "  - any Chromium or Chrome, then set CHROMIUM_PATH=/path/to/chrome",
      "  - Playwright's build: pnpm exec playwright install chromium",
    ].join("\n"),
  );
}

/** The browser path Vitest should use: never installs, falls back to the Debian path so errors name it. */
export function chromiumPath() {
  return findChromium() ?? process.env.CHROMIUM_PATH ?? DEBIAN_CHROMIUM;
}

// CLI: make sure a Chromium is available (see browser.mjs); prints its path.
import { ensureChromium } from "./browser.mjs";

const quiet = process.argv.includes("--quiet");
try {
  const path = ensureChromium();
  if (!quiet) console.log(`Chromium: ${path}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

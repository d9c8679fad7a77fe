import { CHROMIUM_ARGS } from "../scripts/browser.mjs";

/**
 * How the benchmarks (and `bench:profile`, so that profiles match them) launch Chromium: precise heap numbers and
 * `gc()` so every registry run starts from a collected heap; no frame-rate limit or vsync wait. In headless mode
 * the last two still leave `requestAnimationFrame` on a 60 Hz clock (measured; see bench/README.md).
 */
export const BENCH_ARGS = [
  ...CHROMIUM_ARGS,
  "--enable-precise-memory-info",
  "--js-flags=--expose-gc",
  "--disable-frame-rate-limit",
  "--disable-gpu-vsync",
];

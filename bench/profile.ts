// `pnpm bench:profile [case] [ours|rjsf] [cold|cold-in-host|warm|typing:<field id suffix>] [runs]`: a mount (or 50
// keystrokes) of the benchmark page under Chromium's sampling profiler, self time attributed to source modules through
// the build's source map. `cold-in-host`: a cold mount after a host widget using React and TanStack Query rendered.
// A tool for finding where mount time goes; `pnpm bench` stays the measurement.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { originalPositionFor, TraceMap } from "@jridgewell/trace-mapping";
import { chromium } from "playwright";
import { makeWidgetToken } from "../packages/test-utils/src/index.js";
import { chromiumPath } from "../scripts/browser.mjs";
import { BENCH_ARGS } from "./BENCH_ARGS.js";
import type { BenchApi, BenchData } from "./BenchData.js";
import { benchIcons, buildBenchCases } from "./buildBenchCases.js";
import { buildBenchPage } from "./buildBenchPage.js";
import { startBenchServer } from "./startBenchServer.js";

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const OUT_DIR = path.join(BENCH_DIR, "dist-profile");
const [caseName = "small", kind = "ours", phase = "cold", runsArg = "10"] = process.argv.slice(2);
const RUNS = Number(runsArg);
const typingField = phase.startsWith("typing:") ? phase.slice(7) : null;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Groups a source path into the package (or our module) it belongs to. */
function area(source: string | null, url: string): string {
  if (!source) return url ? `(unmapped) ${path.basename(url)}` : "(native / idle / gc)";
  const ours = source.match(/packages\/(core|react)\/src\/(.*)$/);
  if (ours) return `${ours[1]}/${ours[2]}`;
  const dependency = source.match(/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/);
  return dependency ? (dependency[1] ?? source) : source;
}

async function main(): Promise<void> {
  if (kind !== "ours" && kind !== "rjsf") throw new Error(`kind must be ours or rjsf, not ${kind}`);
  await buildBenchPage(OUT_DIR, { sourcemap: true });
  const cases = buildBenchCases();
  if (!cases.some((entry) => entry.name === caseName)) {
    throw new Error(`unknown case ${caseName}: ${cases.map((entry) => entry.name).join(", ")}`);
  }
  const data: BenchData = { token: makeWidgetToken(), registryUrl: "/registry.json", cases };
  const server = await startBenchServer(
    OUT_DIR,
    new Map([["/bench-data.json", Buffer.from(JSON.stringify(data))], ...benchIcons]),
  );
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: BENCH_ARGS,
    headless: true,
  });
  try {
    const profiles: Profile[] = [];
    const mountMs: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/`);
      await page.waitForFunction(() => typeof (window as unknown as { bench?: BenchApi }).bench === "object");
      await page.evaluate(() => (window as unknown as { bench: BenchApi }).bench.load());
      const mount = () =>
        page.evaluate(
          ([k, c]) =>
            (window as unknown as { bench: BenchApi }).bench.mount(k as "ours" | "rjsf", c as string),
          [kind, caseName],
        );
      if (phase === "cold-in-host") {
        await page.evaluate(() => (window as unknown as { bench: BenchApi }).bench.mountHostWidget(true));
      }
      if (phase === "warm") {
        await mount();
        await page.evaluate(() => (window as unknown as { bench: BenchApi }).bench.unmount());
      }
      if (phase === "submit") await mount();
      if (typingField) {
        await mount();
        await page.evaluate(() => (window as unknown as { bench: BenchApi }).bench.openDisclosures());
        const focused = await page.evaluate(
          (suffix) => (window as unknown as { bench: BenchApi }).bench.focus(suffix),
          typingField,
        );
        if (!focused) throw new Error(`no text input ${typingField}`);
      }
      const session = await page.context().newCDPSession(page);
      await session.send("Profiler.enable");
      await session.send("Profiler.setSamplingInterval", { interval: 50 });
      await session.send("Profiler.start");
      if (typingField) {
        const t0 = performance.now();
        for (const char of "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMN")
          await page.keyboard.press(char);
        mountMs.push(performance.now() - t0);
      } else if (phase === "submit") {
        const submitted = await page.evaluate(() =>
          (window as unknown as { bench: BenchApi }).bench.submit(),
        );
        mountMs.push(submitted.ms);
      } else {
        mountMs.push(await mount());
      }
      const { profile } = (await session.send("Profiler.stop")) as unknown as { profile: Profile };
      profiles.push(profile);
      await page.close();
    }
    const first = profiles[0];
    if (first)
      writeFileSync(
        path.join(OUT_DIR, `${caseName}-${kind}-${phase.replace(/\W/g, "_")}.cpuprofile`),
        JSON.stringify(first),
      );
    summarize(profiles, mountMs);
  } finally {
    await browser.close();
    await server.close();
  }
}

function summarize(profiles: Profile[], mountMs: number[]): void {
  const maps = new Map<string, TraceMap | null>();
  const mapFor = (url: string): TraceMap | null => {
    if (!url.endsWith(".js")) return null;
    if (!maps.has(url)) {
      const file = path.join(OUT_DIR, new URL(url).pathname);
      try {
        maps.set(url, new TraceMap(readFileSync(`${file}.map`, "utf8")));
      } catch {
        maps.set(url, null);
      }
    }
    return maps.get(url) ?? null;
  };
  const byArea = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const profile of profiles) {
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    profile.samples.forEach((id, index) => {
      const node = nodes.get(id);
      const delta = (profile.timeDeltas[index + 1] ?? 0) / 1000;
      if (!node) return;
      const { url, lineNumber, columnNumber, functionName } = node.callFrame;
      const map = mapFor(url);
      const original = map ? originalPositionFor(map, { line: lineNumber + 1, column: columnNumber }) : null;
      const where = area(original?.source ?? null, url);
      byArea.set(where, (byArea.get(where) ?? 0) + delta);
      const label = `${original?.name ?? functionName ?? "(anonymous)"} — ${where}:${original?.line ?? "?"}`;
      byFunction.set(label, (byFunction.get(label) ?? 0) + delta);
    });
  }
  const top = (table: Map<string, number>, count: number) =>
    [...table.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, ms]) => `  ${(ms / profiles.length).toFixed(2).padStart(7)} ms  ${name}`)
      .join("\n");
  const sorted = [...mountMs].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  process.stdout.write(
    `${kind} ${caseName} ${phase}, median of ${mountMs.length}: ${median.toFixed(1)} ms (under the profiler)\n`,
  );
  process.stdout.write("mean self time per run\n");
  process.stdout.write(
    `self time by area:\n${top(byArea, 25)}\nself time by function:\n${top(byFunction, Number(process.env.TOP ?? 30))}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

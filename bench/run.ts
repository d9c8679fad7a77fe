// `pnpm bench`: builds bench/page with Vite (production React), serves it and the registries on 127.0.0.1,
// drives Debian Chromium with Playwright, prints a table and writes bench/results.json. See bench/README.md.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Page } from "playwright";
import { makeWidgetToken } from "../packages/test-utils/src/index.js";
import { registryText } from "../packages/test-utils/src/node.js";
import { chromiumPath } from "../scripts/browser.mjs";
import { type BundleSize, measureBundles, SIZE_TARGET_BYTES } from "../scripts/bundle-size.mjs";
import { BENCH_ARGS } from "./BENCH_ARGS.js";
import type {
  BenchApi,
  BenchData,
  RegistryKind,
  RegistryMeasurement,
  SubmitMeasurement,
} from "./BenchData.js";
import { benchIcons, buildBenchCases } from "./buildBenchCases.js";
import { buildBenchPage } from "./buildBenchPage.js";
import { buildSyntheticRegistry } from "./buildSyntheticRegistry.js";
import { startBenchServer } from "./startBenchServer.js";
import { percentile } from "./stats.js";

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const OUT_DIR = path.join(BENCH_DIR, "dist");
const QUICK = process.argv.includes("--quick");
/** `--case=<name>` (repeatable): only these form cases, and the registry runs only with `--case=registry`. */
const ONLY_CASES = process.argv.flatMap((arg) => (arg.startsWith("--case=") ? [arg.slice(7)] : []));
/**
 * `--only=<part>` (repeatable: mount, host, host-query, typing, validation, submit): only these measurements of a
 * form case. `host-query` (a host on TanStack Query too) is measured only when asked for.
 */
const ONLY_PARTS = process.argv.flatMap((arg) => (arg.startsWith("--only=") ? [arg.slice(7)] : []));
const measures = (part: string): boolean => ONLY_PARTS.length === 0 || ONLY_PARTS.includes(part);
// A full run must fit 15 minutes on a 2-core machine (issue 21): 7 page loads per side and setting (medians;
// each row also prints the spread, min–max), 3 typing rounds (150 keystrokes per side, pooled percentiles).
const MOUNT_RUNS = QUICK ? 5 : 7;
const KEYSTROKES = 50;
const TYPING_ROUNDS = QUICK ? 2 : 3;
const VALIDATE_REPEATS = 15;
// `SUBMIT_RUNS=15 pnpm bench --case=small --only=submit`: more first submits, to compare two versions of the code
// (5 page loads per side leave a median that moves by ±10 ms between runs on this VM).
const SUBMIT_RUNS = QUICK ? 3 : Number(process.env.SUBMIT_RUNS ?? 5);
const REGISTRY_RUNS = QUICK ? 2 : 4;
const LARGE_REGISTRY_BYTES = 60 * 1024 * 1024;

type Kind = "ours" | "rjsf";

interface Ratio {
  ours: number;
  baseline: number;
  ratio: number;
  /** The samples' min–max per side (ours / baseline), where a row has several samples. */
  spread?: string;
}

function ratio(ours: number, baseline: number): Ratio {
  return { ours: round(ours, 3), baseline: round(baseline, 3), ratio: round(ours / baseline, 3) };
}

/** Each side's min–max, to print beside a median: how far single page loads spread in this run. */
function spread(samples: Record<Kind, number[]>): string {
  const range = (values: number[]) => `${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))}`;
  return `${range(samples.ours)} / ${range(samples.rjsf)} ms`;
}

function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

function median(values: readonly number[]): number {
  return percentile(values, 50);
}

function log(message: string): void {
  process.stdout.write(`${message}\n`);
}

/** What RJSF's `Form` logs (`console.error`) when its own submit finds errors; counted, not printed. */
const RJSF_SUBMIT_LOG = "Form validation failed";
let rjsfSubmitLogs = 0;

/** Requests the pages made to anything but the bench server (none allowed: the run fails at the end). */
const foreignRequests = new Set<string>();

async function openPage(browser: Browser, origin: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  // A passive listener (no interception, which would slow every request): the run fails if a page reached out.
  page.on("request", (request) => {
    const url = request.url();
    if (/^(https?|wss?):/.test(url) && !url.startsWith(`${origin}/`))
      foreignRequests.add(new URL(url).origin);
  });
  page.on("pageerror", (error) => log(`  page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const text = message.text();
    // RJSF's Form logs its own validation errors on every invalid submit: the baseline's first submit is one.
    if (text.startsWith(RJSF_SUBMIT_LOG)) {
      rjsfSubmitLogs++;
      return;
    }
    log(`  console error: ${text.slice(0, 300)}`);
  });
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => typeof (window as unknown as { bench?: BenchApi }).bench === "object");
  await page.evaluate(() => (window as unknown as { bench: BenchApi }).bench.load());
  return page;
}

function bench(page: Page) {
  type Args<K extends keyof BenchApi> = BenchApi[K] extends (...args: infer A) => unknown ? A : never;
  return <K extends keyof BenchApi>(name: K, ...args: Args<K>) =>
    page.evaluate(
      ([method, params]) =>
        // biome-ignore lint/complexity/noBannedTypes: a dynamic call into the page's API
        ((window as unknown as { bench: Record<string, Function> }).bench[method] as Function)(...params),
      [name, args] as const,
    ) as Promise<Awaited<ReturnType<BenchApi[K]>>>;
}

/** Where the form is mounted: a page of its own, or a host app that already rendered a React widget. */
type MountSetting = "page" | "host-react" | "host-react-query";

/**
 * Cold and warm mounts of both sides, `MOUNT_RUNS` page loads each. With a host setting, the page first
 * renders a host widget (both sides; plain React, or TanStack Query too), so their first use is not timed.
 */
async function measureMounts(
  browser: Browser,
  origin: string,
  caseName: string,
  setting: MountSetting = "page",
) {
  const cold: Record<Kind, number[]> = { ours: [], rjsf: [] };
  const warm: Record<Kind, number[]> = { ours: [], rjsf: [] };
  for (let run = 0; run < MOUNT_RUNS; run++) {
    // Alternate the order so drift (thermal, other processes) hits both sides alike.
    const kinds: Kind[] = run % 2 === 0 ? ["ours", "rjsf"] : ["rjsf", "ours"];
    for (const kind of kinds) {
      const page = await openPage(browser, origin);
      const call = bench(page);
      if (setting !== "page") await call("mountHostWidget", setting === "host-react-query");
      cold[kind].push(await call("mount", kind, caseName));
      await call("unmount");
      warm[kind].push(await call("mount", kind, caseName));
      await page.close();
    }
  }
  return {
    cold: { ...ratio(median(cold.ours), median(cold.rjsf)), spread: spread(cold) },
    warm: { ...ratio(median(warm.ours), median(warm.rjsf)), spread: spread(warm) },
    samples: { cold, warm },
  };
}

async function typingTarget(browser: Browser, origin: string, caseName: string): Promise<string | null> {
  const lists: Record<Kind, string[]> = { ours: [], rjsf: [] };
  for (const kind of ["ours", "rjsf"] as const) {
    const page = await openPage(browser, origin);
    const call = bench(page);
    await call("mount", kind, caseName);
    await call("openDisclosures");
    lists[kind] = await call("textInputs");
    await page.close();
  }
  const common = lists.ours.filter((suffix) => lists.rjsf.includes(suffix));
  return common[common.length - 1] ?? null;
}

type TypingSide = Kind | "floor";

/** Types `text` into the focused field one key at a time; returns each keystroke's latency to the next paint. */
async function typeInto(page: Page, text: string): Promise<number[]> {
  const call = bench(page);
  const latencies: number[] = [];
  for (const char of text) {
    await page.keyboard.press(char);
    latencies.push(await call("lastLatency"));
  }
  return latencies;
}

/**
 * `TYPING_ROUNDS` rounds of 50 keystrokes into our form, plain RJSF and a bare `<input>` (the floor), each in a
 * fresh page and in a rotating order, so a noisy moment on the machine hits all three alike; percentiles are
 * over every keystroke of a side.
 */
async function measureTyping(browser: Browser, origin: string, caseName: string, suffix: string) {
  const latencies: Record<TypingSide, number[]> = { ours: [], rjsf: [], floor: [] };
  const text = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMN".slice(0, KEYSTROKES);
  const sides = ["ours", "rjsf", "floor"] as const;
  for (let round = 0; round < TYPING_ROUNDS; round++) {
    for (let i = 0; i < sides.length; i++) {
      const side = sides[(round + i) % sides.length] as TypingSide;
      const page = await openPage(browser, origin);
      const call = bench(page);
      if (side === "floor") {
        await call("mountNativeInput");
        await call("focus", "_floor");
      } else {
        await call("mount", side, caseName);
        await call("openDisclosures");
        if (!(await call("focus", suffix)))
          throw new Error(`${side}: no text input ${suffix} in ${caseName}`);
      }
      latencies[side].push(...(await typeInto(page, text)));
      await page.close();
    }
  }
  const p = (side: TypingSide, n: number) => percentile(latencies[side], n);
  return {
    field: suffix.replace(/^_/, ""),
    keystrokes: latencies.floor.length,
    floor: { p50: round(p("floor", 50)), p95: round(p("floor", 95)) },
    p50: ratio(p("ours", 50), p("rjsf", 50)),
    p95: ratio(p("ours", 95), p("rjsf", 95)),
    // What each form adds to the browser's own cost of a keystroke (a bare <input>), at the median.
    overFloorP50: ratio(p("ours", 50) - p("floor", 50), p("rjsf", 50) - p("floor", 50)),
    overFloorP95: ratio(p("ours", 95) - p("floor", 95), p("rjsf", 95) - p("floor", 95)),
    samples: latencies,
  };
}

async function measureValidation(browser: Browser, origin: string, caseName: string) {
  const results: Record<Kind, { firstMs: number; repeatedMs: number[]; valid: boolean }> = {
    ours: { firstMs: 0, repeatedMs: [], valid: false },
    rjsf: { firstMs: 0, repeatedMs: [], valid: false },
  };
  for (const kind of ["ours", "rjsf"] as const) {
    const page = await openPage(browser, origin);
    results[kind] = await bench(page)("validate", kind, caseName, VALIDATE_REPEATS);
    await page.close();
  }
  return {
    first: ratio(results.ours.firstMs, results.rjsf.firstMs),
    repeated: ratio(median(results.ours.repeatedMs), median(results.rjsf.repeatedMs)),
    valid: { ours: results.ours.valid, rjsf: results.rjsf.valid },
  };
}

/**
 * The first press of Submit on an empty form in a fresh page, as soon as the form is interactive (the worst
 * moment: nothing compiled yet), to the paint of the field errors; `SUBMIT_RUNS` pages per side, alternating.
 */
async function measureFirstSubmit(browser: Browser, origin: string, caseName: string) {
  const runs: Record<Kind, SubmitMeasurement[]> = { ours: [], rjsf: [] };
  for (let run = 0; run < SUBMIT_RUNS; run++) {
    const kinds: Kind[] = run % 2 === 0 ? ["ours", "rjsf"] : ["rjsf", "ours"];
    for (const kind of kinds) {
      const page = await openPage(browser, origin);
      const call = bench(page);
      await call("mount", kind, caseName);
      runs[kind].push(await call("submit"));
      await page.close();
    }
  }
  const pick = (kind: Kind, key: "ms" | "longestTaskMs") => runs[kind].map((run) => run[key]);
  return {
    ms: {
      ...ratio(median(pick("ours", "ms")), median(pick("rjsf", "ms"))),
      spread: spread({ ours: pick("ours", "ms"), rjsf: pick("rjsf", "ms") }),
    },
    longestTaskMs: ratio(
      Math.max(...pick("ours", "longestTaskMs")),
      Math.max(...pick("rjsf", "longestTaskMs")),
    ),
    errorsShown: {
      ours: runs.ours.every((run) => run.errorsShown),
      rjsf: runs.rjsf.every((run) => run.errorsShown),
    },
    samples: runs,
  };
}

async function measureRegistry(browser: Browser, origin: string, url: string, id: string) {
  const kinds = ["ours", "worker", "naive"] as const;
  const runs: Record<RegistryKind, RegistryMeasurement[]> = { ours: [], worker: [], naive: [] };
  for (let run = 0; run < REGISTRY_RUNS; run++) {
    for (const kind of kinds) {
      const page = await openPage(browser, origin);
      const result = await bench(page)("registry", kind, `${origin}${url}`, id);
      if (!result.found) throw new Error(`${kind} did not find ${id} in ${url}`);
      if (kind === "worker" && result.workers !== 1) {
        throw new Error(`the worker run created ${result.workers} workers: it did not scan in core's worker`);
      }
      runs[kind].push(result);
      await page.close();
    }
  }
  const pick = (kind: RegistryKind, key: keyof RegistryMeasurement) =>
    runs[kind].map((run) => Number(run[key]));
  /** One side (ours on the main thread, or in the worker) against the naive baseline. */
  const against = (kind: "ours" | "worker") => ({
    ms: ratio(median(pick(kind, "ms")), median(pick("naive", "ms"))),
    peakHeapMB: ratio(
      Math.max(...pick(kind, "peakHeapBytes")) / 2 ** 20,
      Math.max(...pick("naive", "peakHeapBytes")) / 2 ** 20,
    ),
    longestTaskMs: ratio(
      Math.max(...pick(kind, "longestTaskMs")),
      Math.max(...pick("naive", "longestTaskMs")),
    ),
    longTasks: { ours: Math.max(...pick(kind, "longTasks")), naive: Math.max(...pick("naive", "longTasks")) },
  });
  return { ...against("ours"), worker: against("worker"), samples: runs };
}

function machine() {
  let chromiumVersion = "unknown";
  try {
    chromiumVersion = execFileSync(chromiumPath(), ["--version"], { encoding: "utf8" }).trim();
  } catch {
    // Reported as unknown.
  }
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGB: round(os.totalmem() / 2 ** 30, 1),
    platform: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium: chromiumVersion,
    chromiumArgs: BENCH_ARGS,
  };
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + " ".repeat(width - text.length);
}

function row(label: string, value: Ratio, unit: string, target: string, ok: boolean | null): string {
  const verdict = ok === null ? "" : ok ? "✓" : "✗";
  const range = value.spread ? `  (spread ${value.spread})` : "";
  return `${pad(label, 44)} ${pad(`${value.ours} ${unit}`, 14)} ${pad(`${value.baseline} ${unit}`, 14)} ${pad(`${value.ratio}×`, 9)} ${pad(target, 22)} ${verdict}${range}`;
}

/** The registry rows: the fixture's last entry, then the synthetic registry's wanted (last) entry. */
async function measureRegistries(
  browser: Browser,
  origin: string,
  fixtureText: string,
  fixtureTarget: { sourceDefinitionId: string; dockerRepository: string },
  synthetic: { body: Buffer; targetId: string },
) {
  log(
    `Registry: fixture (${(fixtureText.length / 2 ** 20).toFixed(1)} MB), last entry ${fixtureTarget.dockerRepository}…`,
  );
  const fixture = await measureRegistry(browser, origin, "/registry.json", fixtureTarget.sourceDefinitionId);
  log(`Registry: synthetic (${(synthetic.body.length / 2 ** 20).toFixed(1)} MB), wanted entry last…`);
  const large = await measureRegistry(browser, origin, "/registry-large.json", synthetic.targetId);
  return {
    fixture: { bytes: fixtureText.length, target: fixtureTarget.dockerRepository, ...fixture },
    synthetic: { bytes: synthetic.body.length, target: "copy of the largest spec, placed last", ...large },
  };
}

async function main(): Promise<void> {
  const started = Date.now();
  log("Preparing cases and the synthetic registry…");
  const cases = buildBenchCases();
  const fixtureText = registryText();
  const fixtureTarget = JSON.parse(fixtureText).sources.at(-1) as {
    sourceDefinitionId: string;
    dockerRepository: string;
  };
  const largestCase = cases[0];
  if (!largestCase) throw new Error("no bench cases");
  const synthetic = buildSyntheticRegistry(
    LARGE_REGISTRY_BYTES,
    String((largestCase.definition as { dockerRepository: string }).dockerRepository),
  );

  log("Building the benchmark page (vite build, production)…");
  await buildBenchPage(OUT_DIR);

  const data: BenchData = { token: makeWidgetToken(), registryUrl: "/registry.json", cases };
  const routes = new Map<string, Buffer>([
    ["/bench-data.json", Buffer.from(JSON.stringify(data))],
    ["/registry.json", Buffer.from(fixtureText)],
    ["/registry-large.json", synthetic.body],
    ...benchIcons,
  ]);
  const server = await startBenchServer(OUT_DIR, routes);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: BENCH_ARGS, headless: true });
  const results: Record<string, unknown> = {};
  try {
    const forms: Record<string, unknown> = {};
    for (const entry of cases) {
      if (ONLY_CASES.length > 0 && !ONLY_CASES.includes(entry.name)) continue;
      log(`Form ${entry.name} (${entry.why})`);
      const none = { ours: 0, baseline: 0, ratio: Number.NaN };
      const skipped = { cold: none, warm: none };
      if (measures("mount")) log(`  mounting ${MOUNT_RUNS}× each…`);
      const mount = measures("mount") ? await measureMounts(browser, server.origin, entry.name) : skipped;
      // The host on TanStack Query too (its first use is 0–20 ms, within the noise) only with --only=host-query.
      if (measures("host")) log("  mounting again where a host app rendered React first…");
      const mountInHost = {
        react: measures("host")
          ? await measureMounts(browser, server.origin, entry.name, "host-react")
          : skipped,
        reactQuery: ONLY_PARTS.includes("host-query")
          ? await measureMounts(browser, server.origin, entry.name, "host-react-query")
          : skipped,
      };
      const suffix = measures("typing") ? await typingTarget(browser, server.origin, entry.name) : null;
      if (measures("typing"))
        log(
          `  typing ${TYPING_ROUNDS} × ${KEYSTROKES} characters per side into ${suffix ?? "(no common text field)"}…`,
        );
      const typing = suffix ? await measureTyping(browser, server.origin, entry.name, suffix) : null;
      const validation = measures("validation")
        ? await measureValidation(browser, server.origin, entry.name)
        : { first: none, repeated: none, valid: { ours: false, rjsf: false } };
      if (measures("submit")) log(`  first submit of the empty form, ${SUBMIT_RUNS}× each…`);
      const firstSubmit = measures("submit")
        ? await measureFirstSubmit(browser, server.origin, entry.name)
        : { ms: none, longestTaskMs: none, errorsShown: { ours: true, rjsf: true } };
      forms[entry.name] = {
        why: entry.why,
        properties: entry.properties,
        specBytes: entry.specBytes,
        mount,
        mountInHost,
        typing,
        validation,
        firstSubmit,
      };
    }
    results.forms = forms;

    if (ONLY_CASES.length === 0 || ONLY_CASES.includes("registry")) {
      results.registry = await measureRegistries(
        browser,
        server.origin,
        fixtureText,
        fixtureTarget,
        synthetic,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
  if (rjsfSubmitLogs > 0) log(`(RJSF's "${RJSF_SUBMIT_LOG}" console errors, not printed: ${rjsfSubmitLogs})`);
  if (foreignRequests.size > 0) {
    throw new Error(
      `The bench pages requested other hosts than the bench server: ${[...foreignRequests].join(", ")}`,
    );
  }

  log("Bundling the packages (esbuild, minified, gzip)…");
  const bundles: BundleSize[] = await measureBundles({ source: true, modules: true, pages: true });
  results.bundle = {
    budgetBytes: SIZE_TARGET_BYTES,
    sizes: bundles,
  };
  results.machine = machine();
  results.date = new Date().toISOString();
  results.durationSeconds = Math.round((Date.now() - started) / 1000);
  results.quick = QUICK;
  // A run limited with --case does not replace the full results.
  const resultsFile =
    ONLY_CASES.length > 0 || ONLY_PARTS.length > 0 ? "results-partial.json" : "results.json";
  writeFileSync(path.join(BENCH_DIR, resultsFile), `${JSON.stringify(results, null, 2)}\n`);
  printTable(results, bundles);
  log(`\nWrote bench/${resultsFile} in ${results.durationSeconds as number} s.`);
}

interface FormResult {
  mount: { cold: Ratio; warm: Ratio };
  mountInHost: Record<"react" | "reactQuery", { cold: Ratio; warm: Ratio }>;
  typing: {
    field: string;
    keystrokes: number;
    floor: { p50: number; p95: number };
    p50: Ratio;
    p95: Ratio;
    overFloorP50: Ratio;
    overFloorP95: Ratio;
  } | null;
  validation: { first: Ratio; repeated: Ratio };
  firstSubmit: { ms: Ratio; longestTaskMs: Ratio; errorsShown: Record<Kind, boolean> };
}

interface RegistryRows {
  ms: Ratio;
  peakHeapMB: Ratio;
  longestTaskMs: Ratio;
}

/** The main-thread scan's rows, and the same measured with the scan in core's worker. */
interface RegistryResult extends RegistryRows {
  worker?: RegistryRows;
}

function printTable(results: Record<string, unknown>, bundles: BundleSize[]): void {
  log(
    `\n${pad("metric", 44)} ${pad("ours", 14)} ${pad("baseline", 14)} ${pad("ratio", 9)} ${pad("target", 22)}`,
  );
  const forms = results.forms as Record<string, FormResult>;
  for (const [name, form] of Object.entries(forms)) {
    log(`— form ${name} (baseline: plain RJSF Form, default theme, validator-ajv8)`);
    const measured = (value: Ratio): boolean => !Number.isNaN(value.ratio);
    if (measured(form.mount.cold)) {
      log(row("mount→interactive cold (median)", form.mount.cold, "ms", "", null));
      log(row("mount→interactive warm (median)", form.mount.warm, "ms", "", null));
    }
    if (measured(form.mountInHost.react.cold)) {
      const host = form.mountInHost.react.cold;
      log(row("  cold in a host that rendered React", host, "ms", "≤ 1.0× RJSF", host.ratio <= 1));
    }
    if (measured(form.mountInHost.reactQuery.cold)) {
      log(row("  … React and TanStack Query", form.mountInHost.reactQuery.cold, "ms", "", null));
    }
    if (form.typing) {
      const { typing } = form;
      log(
        `  typing ${typing.keystrokes} keys per side into ${typing.field}; bare <input> floor p50 ${typing.floor.p50} ms, p95 ${typing.floor.p95} ms`,
      );
      // Issue 21: what a keystroke costs over the floor, ≤ 0.5× RJSF's, or ≤ 2 ms where both are in the noise.
      const met = (value: Ratio) => value.ratio <= 0.5 || value.ours <= 2;
      log(row("keystroke→paint p50", typing.p50, "ms", "", null));
      log(
        row(
          "  p50 minus the floor's p50",
          typing.overFloorP50,
          "ms",
          "≤ 0.5× or ≤ 2 ms",
          met(typing.overFloorP50),
        ),
      );
      log(row("keystroke→paint p95", typing.p95, "ms", "", null));
      log(
        row(
          "  p95 minus the floor's p95",
          typing.overFloorP95,
          "ms",
          "≤ 0.5× or ≤ 2 ms",
          met(typing.overFloorP95),
        ),
      );
    }
    if (measured(form.validation.first)) {
      log(row("submit validation, first", form.validation.first, "ms", "", null));
      log(row("submit validation, repeated (median)", form.validation.repeated, "ms", "", null));
    }
    const { firstSubmit } = form;
    if (!measured(firstSubmit.ms)) continue;
    const shown = firstSubmit.errorsShown.ours && firstSubmit.errorsShown.rjsf;
    log(
      row(
        `first submit → errors painted (median)${shown ? "" : " ⚠ errors not shown"}`,
        firstSubmit.ms,
        "ms",
        "≤ 0.25× RJSF",
        shown && firstSubmit.ms.ratio <= 0.25,
      ),
    );
    log(
      row(
        "  longest task during it (max)",
        firstSubmit.longestTaskMs,
        "ms",
        "none ≥ 50 ms",
        firstSubmit.longestTaskMs.ours < 50,
      ),
    );
  }
  const registry = (results.registry ?? {}) as Record<string, RegistryResult>;
  for (const [name, entry] of Object.entries(registry)) {
    log(`— registry ${name} (baseline: await (await fetch(url)).json())`);
    const sides: [string, RegistryRows | undefined][] = [
      ["", entry],
      ["in a worker: ", entry.worker],
    ];
    for (const [side, rows] of sides) {
      if (!rows) continue;
      log(row(`${side}time to the spec (median)`, rows.ms, "ms", "", null));
      log(
        row(
          `${side}peak main-thread JS heap (max)`,
          rows.peakHeapMB,
          "MB",
          "≤ 0.25× naive",
          rows.peakHeapMB.ratio <= 0.25,
        ),
      );
      log(
        row(
          `${side}longest main-thread task (max)`,
          rows.longestTaskMs,
          "ms",
          "none > 50 ms",
          rows.longestTaskMs.ours <= 50,
        ),
      );
    }
  }
  log("— bundle (esbuild-minified, gzip -9; ajv, React, RJSF and TanStack Query external)");
  for (const size of bundles) {
    const verdict = size.budgeted
      ? `budget ${SIZE_TARGET_BYTES / 1024} kB ${size.gzipBytes <= SIZE_TARGET_BYTES ? "✓" : "✗"}`
      : "";
    log(`  ${pad(size.name, 74)} ${pad(`${(size.gzipBytes / 1024).toFixed(1)} kB`, 9)} ${verdict}`);
    for (const chunk of size.lazy) {
      log(`    ${pad(`+ on demand: ${chunk.name}`, 72)} ${(chunk.gzipBytes / 1024).toFixed(1)} kB`);
    }
  }
  const [ours, plain] = bundles.filter((size) => size.name.startsWith("page: "));
  if (ours && plain) {
    const pageRatio = ours.gzipBytes / plain.gzipBytes;
    log(
      `  complete form page / plain RJSF page: ${pageRatio.toFixed(2)}× ${pad("", 50)} ≤ 1.15× ${pageRatio <= 1.15 ? "✓" : "✗"}`,
    );
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

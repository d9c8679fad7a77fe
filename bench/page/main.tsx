// The benchmark page (built by bench/run.ts with Vite in production mode, driven by Playwright).
// Everything is measured in the page with performance.now(); bench/run.ts only drives and aggregates.
import Form from "@rjsf/core";
import type { RJSFSchema } from "@rjsf/utils";
import rjsfValidator from "@rjsf/validator-ajv8";
import { QueryClient, QueryClientProvider, useQuery } from "@tanstack/react-query";
import { type ReactElement, useEffect, useState } from "react";
import { createRoot, type Root } from "react-dom/client";
import {
  createRegistryClient,
  type JSONSchema,
  normalizeSpec,
  subtractDefaults,
  validateFullConfig,
} from "../../packages/core/src/index.js";
import { toSourceDefinition } from "../../packages/core/src/internal.js";
import { CredentialForm, connectorSpecQuery } from "../../packages/react/src/index.js";
import { loadOAuthModule } from "../../packages/react/src/oauth/useOAuthSupport.js";
import type {
  BenchApi,
  BenchCase,
  BenchData,
  RegistryKind,
  RegistryMeasurement,
  SubmitMeasurement,
} from "../BenchData.js";

declare global {
  interface Window {
    bench: BenchApi;
    gc?: () => void;
  }
  interface Performance {
    memory?: { usedJSHeapSize: number };
  }
}

/** Whether a mount of ours starts once the host's prefetch is complete, OAuth code included (see `oursElement`). */
const PREFETCH_WAIT = new URLSearchParams(location.search).get("prefetch") !== "partial";

let data: BenchData | null = null;
const cases = new Map<string, BenchCase>();
let root: Root | null = null;
let container: HTMLElement | null = null;

function benchCase(name: string): BenchCase {
  const found = cases.get(name);
  if (!found) throw new Error(`Unknown bench case ${name}`);
  return found;
}

/** Resolves just after the next frame has been produced (rAF, then a task queued from it). */
function nextPaint(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    }),
  );
}

function waitForSelector(scope: HTMLElement, selector: string): Promise<Element> {
  const present = scope.querySelector(selector);
  if (present) return Promise.resolve(present);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const element = scope.querySelector(selector);
      if (element) {
        observer.disconnect();
        resolve(element);
      }
    });
    observer.observe(scope, { childList: true, subtree: true });
  });
}

function userSchema(spec: JSONSchema): RJSFSchema {
  const full = normalizeSpec(spec).schema;
  const { $schema: _ignored, ...schema } = subtractDefaults(full, {}).schema;
  return schema as RJSFSchema;
}

function specOf(entry: BenchCase): JSONSchema {
  const spec = entry.definition.spec as { connectionSpecification: JSONSchema };
  return spec.connectionSpecification;
}

async function oursElement(entry: BenchCase): Promise<ReactElement> {
  if (!data) throw new Error("bench.load() first");
  // The case's icon is on the bench server (bench/buildBenchCases.ts); the form takes absolute icon URLs only.
  const { iconUrl } = entry.definition;
  const raw =
    typeof iconUrl === "string"
      ? { ...entry.definition, iconUrl: new URL(iconUrl, location.href).href }
      : entry.definition;
  const definition = toSourceDefinition(raw);
  // A host that prefetched the spec with connectorSpecQuery (its own queryFn, with a registry that has the case's
  // definition at hand): mounting does not touch the registry. The prefetch also starts an OAuth connector's OAuth
  // code; the clock starts once that is in too, as for a host that prefetched when its page loaded, not one frame
  // before rendering (`?prefetch=partial` measures that: the form then waits for the rest of the download).
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const query = connectorSpecQuery({
    registry: { getSourceDefinition: async () => definition },
    sourceDefinitionId: definition.sourceDefinitionId,
    registryUrl: data.registryUrl,
  });
  await queryClient.prefetchQuery(query);
  if (PREFETCH_WAIT && definition.spec.advancedAuth) await loadOAuthModule();
  return (
    <CredentialForm
      token={data.token}
      template={{ id: "bench-template", sourceDefinitionId: definition.sourceDefinitionId }}
      registryUrl={data.registryUrl}
      baseUrl="http://127.0.0.1:9"
      fetch={benchFetch}
      queryClient={queryClient}
    />
  );
}

/** Set when our form sends a request (a valid submit): `bench.submit()` stops the clock there. */
let requestSent: (() => void) | null = null;

/** The API as the bench sees it: nothing is reached; a request ends a submit measurement and fails. */
const benchFetch: typeof fetch = async () => {
  requestSent?.();
  throw new TypeError("The benchmark page reaches no API");
};

const rjsfSchemas = new Map<string, RJSFSchema>();

function rjsfElement(entry: BenchCase): ReactElement {
  // Computed before the clock starts (and never in an "ours" page): the baseline gets the schema for free.
  const schema = rjsfSchemas.get(entry.name);
  if (!schema) throw new Error("rjsf schema not prepared");
  // noHtml5Validate: as ours (noValidate), so that Submit validates with ajv instead of the browser's bubbles.
  return <Form schema={schema} validator={rjsfValidator} noHtml5Validate />;
}

/** A host app's own widget built on TanStack Query. */
function HostQueryWidget(): ReactElement {
  const { data } = useQuery({ queryKey: ["host-widget"], queryFn: async () => "host data" });
  return <output>{data}</output>;
}

/** A host app's own widget in plain React: loads its data in an effect. */
function HostPlainWidget(): ReactElement {
  const [data, setData] = useState<string | null>(null);
  useEffect(() => {
    void Promise.resolve("host data").then(setData);
  }, []);
  return <output>{data}</output>;
}

let lastLatency: Promise<number> = Promise.resolve(Number.NaN);
// Keystroke → next paint: from the start of the keydown dispatch to just after the next frame.
window.addEventListener(
  "keydown",
  () => {
    const t0 = performance.now();
    lastLatency = nextPaint().then(() => performance.now() - t0);
  },
  true,
);

function heap(): number {
  return performance.memory?.usedJSHeapSize ?? 0;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function measureRegistry(
  kind: RegistryKind,
  url: string,
  sourceDefinitionId: string,
): Promise<RegistryMeasurement> {
  window.gc?.();
  await sleep(50);
  window.gc?.();
  // The forced collection ends its task first: a slow one (a loaded machine) is not the lookup's long task.
  await sleep(20);
  const base = heap();
  let peak = base;
  const longTasks: number[] = [];
  const longTaskStarts: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      longTasks.push(entry.duration);
      longTaskStarts.push(Math.round(entry.startTime - t0));
    }
  });
  observer.observe({ type: "longtask" });
  // Sampled whenever the main thread is free; a blocking JSON.parse is only seen once it returns (a lower bound).
  const sampler = setInterval(() => {
    peak = Math.max(peak, heap());
  }, 1);
  let t0 = performance.now();
  // Counts the workers created, so that a worker run which fell back to the main thread is not reported as one.
  const RealWorker = window.Worker;
  let workers = 0;
  window.Worker = class extends RealWorker {
    constructor(script: string | URL, options?: WorkerOptions) {
      super(script, options);
      workers++;
    }
  };
  t0 = performance.now();
  let found = false;
  if (kind !== "naive") {
    const client = createRegistryClient({ url, worker: kind === "worker" });
    const definition = await client.getSourceDefinition({ sourceDefinitionId });
    peak = Math.max(peak, heap());
    found = definition.sourceDefinitionId === sourceDefinitionId;
  } else {
    const registry = (await (await fetch(url)).json()) as { sources: { sourceDefinitionId: string }[] };
    peak = Math.max(peak, heap());
    found = registry.sources.some((source) => source.sourceDefinitionId === sourceDefinitionId);
  }
  const ms = performance.now() - t0;
  peak = Math.max(peak, heap());
  clearInterval(sampler);
  window.Worker = RealWorker;
  await sleep(100);
  for (const entry of observer.takeRecords()) {
    longTasks.push(entry.duration);
    longTaskStarts.push(Math.round(entry.startTime - t0));
  }
  observer.disconnect();
  return {
    ms,
    longTaskStarts,
    peakHeapBytes: peak - base,
    longestTaskMs: longTasks.length > 0 ? Math.max(...longTasks) : 0,
    longTasks: longTasks.length,
    found,
    workers,
  };
}

// The submit's answer as each side shows it: ours marks the inputs and lists each field's errors (`.cf-errors`),
// RJSF's default theme lists them. Where the chosen auth option is OAuth (GA4, Facebook Marketing), ours answers
// the first submit with "Connect with … to continue" under the Connect button, in the same `.cf-errors` list:
// that message is the form's validation result (the spec is validated with the OAuth option's view, the consent
// is what is missing), so it counts as errors shown. Where the empty form is valid, the request ends the clock.
const ERRORS_SHOWN = '[aria-invalid="true"], .cf-errors, .error-detail, .panel-danger.errors';

async function measureSubmit(): Promise<SubmitMeasurement> {
  const scope = container;
  const button = scope?.querySelector<HTMLButtonElement>('button[type="submit"]');
  if (!scope || !button) throw new Error("bench.mount() first");
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: "longtask" });
  const t0 = performance.now();
  // What a mouse sends, in order (a bare click() would skip the pointer events pages and libraries listen to).
  button.dispatchEvent(new PointerEvent("pointerdown", { bubbles: true, isPrimary: true }));
  button.dispatchEvent(new PointerEvent("pointerup", { bubbles: true, isPrimary: true }));
  button.click();
  const sent = new Promise<boolean>((resolve) => {
    requestSent = () => resolve(true);
  });
  const shown = await Promise.race([
    waitForSelector(scope, ERRORS_SHOWN).then(() => true),
    sent,
    sleep(10_000).then(() => false),
  ]);
  requestSent = null;
  await nextPaint();
  const ms = performance.now() - t0;
  await sleep(100);
  for (const entry of observer.takeRecords()) longTasks.push(entry.duration);
  observer.disconnect();
  return { ms, longestTaskMs: longTasks.length > 0 ? Math.max(...longTasks) : 0, errorsShown: shown };
}

window.bench = {
  async load() {
    data = (await (await fetch("/bench-data.json")).json()) as BenchData;
    for (const entry of data.cases) cases.set(entry.name, entry);
    return data.cases.map((entry) => entry.name);
  },

  async mount(kind, caseName) {
    const entry = benchCase(caseName);
    if (kind === "rjsf" && !rjsfSchemas.has(caseName)) rjsfSchemas.set(caseName, userSchema(specOf(entry)));
    const element = kind === "ours" ? await oursElement(entry) : rjsfElement(entry);
    container = document.createElement("div");
    document.getElementById("app")?.appendChild(container);
    await nextPaint();
    const scope = container;
    const t0 = performance.now();
    root = createRoot(scope);
    root.render(element);
    await waitForSelector(scope, 'button[type="submit"]');
    await nextPaint();
    return performance.now() - t0;
  },

  async mountHostWidget(withQuery) {
    const host = document.createElement("div");
    document.body.appendChild(host);
    createRoot(host).render(
      withQuery ? (
        <QueryClientProvider client={new QueryClient()}>
          <HostQueryWidget />
        </QueryClientProvider>
      ) : (
        <HostPlainWidget />
      ),
    );
    await waitForSelector(host, "output:not(:empty)");
    await nextPaint();
  },

  mountNativeInput() {
    const input = document.createElement("input");
    input.type = "text";
    input.id = "native_floor";
    document.getElementById("app")?.appendChild(input);
  },

  unmount() {
    root?.unmount();
    container?.remove();
    root = null;
    container = null;
  },

  async openDisclosures() {
    for (const toggle of document.querySelectorAll<HTMLButtonElement>('button[aria-expanded="false"]')) {
      toggle.click();
      await nextPaint();
    }
  },

  textInputs() {
    const inputs = [...document.querySelectorAll<HTMLInputElement>('#app input[type="text"]')];
    return inputs
      .filter((input) => input.getClientRects().length > 0 && !input.disabled && !input.readOnly)
      .map((input) => input.id.replace(/^[^_]*/, ""));
  },

  focus(suffix) {
    const input = [...document.querySelectorAll<HTMLInputElement>('#app input[type="text"]')].find(
      (candidate) => candidate.id.replace(/^[^_]*/, "") === suffix,
    );
    input?.focus();
    return input !== undefined && document.activeElement === input;
  },

  lastLatency() {
    return lastLatency;
  },

  validate(kind, caseName, repeats) {
    const entry = benchCase(caseName);
    const spec = specOf(entry);
    const run =
      kind === "ours"
        ? () => validateFullConfig(spec, entry.config).valid
        : (() => {
            const schema = userSchema(spec);
            return () => rjsfValidator.validateFormData(entry.config, schema).errors.length === 0;
          })();
    let t0 = performance.now();
    const valid = run();
    const firstMs = performance.now() - t0;
    // performance.now() is coarsened to 0.1 ms here: each sample is the mean of a batch of 200 calls.
    const repeatedMs: number[] = [];
    for (let i = 0; i < repeats; i++) {
      t0 = performance.now();
      for (let j = 0; j < 200; j++) run();
      repeatedMs.push((performance.now() - t0) / 200);
    }
    return { firstMs, repeatedMs, valid };
  },

  submit: measureSubmit,

  registry: measureRegistry,
};

/** One benchmarked connector: a registry entry (real, or composed from real specs) and a valid user config. */
export interface BenchCase {
  /** Short label used in the table and results.json. */
  name: string;
  /** Why this spec was picked. */
  why: string;
  /** The raw registry entry (`spec.connectionSpecification` inside). */
  definition: Record<string, unknown>;
  /** A valid configuration for the spec (test-utils `sampleValidInput`). */
  config: Record<string, unknown>;
  /** Number of properties in the spec, nested ones included. */
  properties: number;
  /** Size of the spec's JSON text. */
  specBytes: number;
}

/** What the benchmark page loads from `/bench-data.json`. */
export interface BenchData {
  token: string;
  registryUrl: string;
  cases: BenchCase[];
}

/** Which registry lookup a run measures: core's client on the main thread, in its worker, or fetch + JSON.parse. */
export type RegistryKind = "ours" | "worker" | "naive";

/** What one registry lookup measured in the page. */
export interface RegistryMeasurement {
  ms: number;
  /** Highest `usedJSHeapSize` seen during the lookup minus the value before it (after a forced GC). */
  peakHeapBytes: number;
  /** Longest `longtask` entry (tasks ≥ 50 ms), 0 when there was none. */
  longestTaskMs: number;
  longTasks: number;
  /** When each long task started, in ms from the start of the lookup (negative: before it). */
  longTaskStarts: number[];
  found: boolean;
  /** Web Workers the page created during the lookup (1 when ours scanned in core's registry worker). */
  workers: number;
}

/** First and repeated timings of a validation. */
export interface ValidationMeasurement {
  firstMs: number;
  repeatedMs: number[];
  valid: boolean;
}

/** What pressing Submit on an empty form, right after it became interactive, cost until errors painted or a request. */
export interface SubmitMeasurement {
  ms: number;
  /** Longest `longtask` entry (tasks ≥ 50 ms) from the click to the paint; 0 when there was none. */
  longestTaskMs: number;
  /** Whether field errors were shown, or (ours) the request sent: false when the clock ran out at 10 s. */
  errorsShown: boolean;
}

/** The API the benchmark page exposes on `window.bench`. */
export interface BenchApi {
  load(): Promise<string[]>;
  mount(kind: "ours" | "rjsf", caseName: string): Promise<number>;
  /**
   * Renders a small widget of the host app (kept mounted) before the clock, on both sides, as a partner's React
   * app has before our form appears; `withQuery`: the widget fetches with TanStack Query (its own QueryClient).
   */
  mountHostWidget(withQuery: boolean): Promise<void>;
  /** A bare `<input>` outside React: the keystroke → paint floor of this browser and machine. */
  mountNativeInput(): void;
  unmount(): void;
  openDisclosures(): Promise<void>;
  textInputs(): string[];
  focus(suffix: string): boolean;
  lastLatency(): Promise<number>;
  validate(kind: "ours" | "rjsf", caseName: string, repeats: number): ValidationMeasurement;
  /** Clicks the mounted form's submit button (nothing filled in) and waits for the errors' paint. */
  submit(): Promise<SubmitMeasurement>;
  /** `ours`: core's client scanning on the main thread (`worker: false`); `worker`: the same in its Web Worker. */
  registry(kind: RegistryKind, url: string, sourceDefinitionId: string): Promise<RegistryMeasurement>;
}

/** Gzip size of one measured bundle. */
export interface BundleSize {
  name: string;
  /** Whether this bundle is the one SIZE_LIMIT_BYTES / SIZE_TARGET_BYTES apply to. */
  budgeted: boolean;
  rawBytes: number;
  gzipBytes: number;
  /** Chunks behind a dynamic `import()`, loaded only where needed (not in `rawBytes` / `gzipBytes`). */
  lazy: { name: string; rawBytes: number; gzipBytes: number }[];
  /**
   * The first load and the spec engine's chunk (`loadSpecEngine`) together: what a form needs before it shows.
   * Absent where the bundle does not reach that chunk.
   */
  shown?: { rawBytes: number; gzipBytes: number };
  /** Minified bytes each source module contributes, largest first (with `modules: true`). */
  modules?: { module: string; bytes: number }[];
  /**
   * With `inputs: true`: every source module the bundle can ever load (first load and chunks on demand), as
   * `packages/…` paths or `node_modules/…` paths of what is bundled.
   */
  inputs?: string[];
  /** With `inputs: true`: the external imports of all its chunks (the packages' dependencies and peers). */
  externals?: string[];
  /** With `inputs: true`: the external imports of the first load alone. */
  firstLoadExternals?: string[];
}
export declare const SIZE_TARGET_BYTES: number;
export declare const SIZE_LIMIT_BYTES: number;
export declare function measureBundles(options?: {
  source?: boolean;
  modules?: boolean;
  /** Also measure whole pages (everything bundled): ours and a plain RJSF page, named `page: …`. */
  pages?: boolean;
  /** Source files (absolute paths) bundled with the given code in their place. */
  replace?: Record<string, string>;
  /** Also list every module and external import each bundle can load (`inputs`, `externals`). */
  inputs?: boolean;
}): Promise<BundleSize[]>;

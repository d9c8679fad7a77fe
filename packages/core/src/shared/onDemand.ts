/**
 * A loader for code split off behind a dynamic `import()`: the first call starts the load, later calls share it,
 * and a failed load (the chunk could not be fetched) is tried again on the next call.
 */
export function onDemand<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}

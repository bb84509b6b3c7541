/**
 * A dynamic import made once per page, on first need. A failed load is forgotten, so the next
 * attempt asks the network again (a flaky connection must not break the download for good).
 */
export function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

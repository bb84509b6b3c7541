/**
 * A dynamic import made once per page, on first need. A failed load is forgotten, so the next
 * attempt asks the network again (a flaky connection must not break the download for good).
 *
 * Firefox keeps a failed module in its module map for the life of the page: importing the same URL
 * again fails at once, without a request. Its error names the module's URL, so a retry imports that
 * URL with a `retry` query instead, which is a module of its own to the browser and is fetched anew.
 * Engines that retry by themselves (Chromium, WebKit) get the same fresh request either way.
 */
export function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  let failedUrl: URL | undefined;
  let attempt = 0;
  const importAgain = (url: URL): Promise<T> => {
    url.searchParams.set('retry', String(++attempt));
    return import(/* @vite-ignore */ url.href) as Promise<T>;
  };
  return () =>
    (loading ??= (failedUrl ? importAgain(failedUrl) : load()).catch((error: unknown) => {
      loading = undefined;
      failedUrl = moduleUrl(error) ?? failedUrl;
      throw error;
    }));
}

/** The module a failed import names, when it is one of this script's own origin. */
function moduleUrl(error: unknown): URL | undefined {
  const named = /\bhttps?:\/\/[^\s'"]+/.exec(String((error as Error | undefined)?.message ?? ''))?.[0];
  if (!named) return undefined;
  const url = new URL(named);
  return url.origin === new URL(import.meta.url).origin ? url : undefined;
}

/** The files a page hands to the browser's download machinery, captured instead of saved. */

export interface SavedFile {
  filename: string;
  href: string;
  bytes: Uint8Array;
}

/**
 * Captures the files the card hands to the browser (a click on a `blob:` link with `download`),
 * reading each file before its object URL is revoked and stopping the real save. Call it in a `describe`.
 */
export function captureSaves() {
  const saved: SavedFile[] = [];
  const pending: Promise<void>[] = [];
  const listener = (e: Event) => {
    const link = e.composedPath()[0];
    if (!(link instanceof HTMLAnchorElement) || !link.href.startsWith('blob:')) return;
    e.preventDefault();
    const { href, download: filename } = link;
    pending.push(
      fetch(href)
        .then((r) => r.arrayBuffer())
        .then((buffer) => void saved.push({ filename, href, bytes: new Uint8Array(buffer) })),
    );
  };
  beforeEach(() => {
    saved.splice(0);
    pending.splice(0);
    document.addEventListener('click', listener, true);
  });
  afterEach(() => document.removeEventListener('click', listener, true));
  return { saved, settled: () => Promise.all(pending) };
}

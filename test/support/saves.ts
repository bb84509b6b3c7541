/** The files a page hands to the browser's download machinery, captured instead of saved. */

export interface SavedFile {
  filename: string;
  href: string;
  bytes: Uint8Array;
}

/**
 * Captures the files the card hands to the browser (a click on a `blob:` link with `download`, the
 * card's own link or one it clicks by script), reading each file and stopping the real save (while `when()` says so). It
 * listens as the click leaves the page (bubbling to the document), so a click the card or a page's
 * listener cancelled saves nothing, as in the browser. Call it in a `describe`.
 */
export function captureSaves(when: () => boolean = () => true) {
  const saved: SavedFile[] = [];
  const pending: Promise<void>[] = [];
  const listener = (e: Event) => {
    // The link, or the link around what was clicked (a real click lands on its text or icon).
    const link = e.composedPath().find((node) => node instanceof HTMLAnchorElement);
    if (!when() || e.defaultPrevented || !(link instanceof HTMLAnchorElement) || !link.href.startsWith('blob:') || !link.hasAttribute('download')) return;
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
    document.addEventListener('click', listener);
  });
  afterEach(() => document.removeEventListener('click', listener));
  return { saved, settled: () => Promise.all(pending) };
}

// Saving the letter the way Safari on iOS needs, as the letters page's other links do: once the
// letter is in hand the card's link is the file (href its object URL, download its name), so the
// Veteran's click or tap is the browser's own download; the URL lives as long as the card holds the
// letter; a click that waited past the gesture's life is offered the link again.
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendMouse } from '@web/test-runner-commands';
import { isWebKit, SAVE_GRACE_MS, timers } from '../src/delivery.js';
import { letterFilename, text } from '../src/text.js';
import type { TsaLetterCard } from '../src/define.js';
import { asked, captureSaves, downloadLink, eligibility, mount, pdfResponse, recordEvents, settle, shadow, slowPdf, use, versionDownload } from './support/card.js';

type Entry = Record<string, unknown>;
const page = window as unknown as { dataLayer?: Entry[] };

interface Downloads {
  observable: boolean;
  files: { name: string; bytes: number }[];
}
const downloads = (action: 'clear' | 'list') => executeServerCommand<Downloads, { action: string }>('downloads', { action });

/** Where the engine's downloads cannot be seen (WebKitGTK's driver), the click is captured on its way out instead. */
let observable = false;
before(async () => ({ observable } = await downloads('list')));

/** A real mouse click, at the middle of the element, as a Veteran makes it (with the gesture). */
async function realClick(el: Element): Promise<void> {
  const box = el.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
}

/** An eligibility record naming a versioned document: the official letter. */
const record = { data: { id: '', type: 'tsa_letter', attributes: { document_id: 'a', document_version: 'b' } } };

const isBlob = (el: TsaLetterCard) => downloadLink(el).getAttribute('href')!.startsWith('blob:');
/** An open accordion item whose letter has arrived: its link is the file. */
async function letterInHand(): Promise<TsaLetterCard> {
  use(eligibility(record), versionDownload());
  const el = await mount('flag layout="accordion" open');
  await settle(el, 'eligible');
  await asked('/download');
  await waitUntil(() => isBlob(el), 'the link never became the file');
  return el;
}

const resolves = (href: string) => fetch(href).then(() => true, () => false);
const sampleBytes = async () => (await pdfResponse().arrayBuffer()).byteLength;

describe('The letter’s link is the file, as its neighbours’ are', () => {
  const events = recordEvents();
  const files = captureSaves(() => !observable);
  beforeEach(async () => {
    page.dataLayer = [];
    await downloads('clear');
  });
  afterEach(() => delete page.dataLayer);

  /** What the browser saved (or, where it cannot be seen, what it was handed), once `count` are there. */
  async function saved(count: number, timeout = 5000): Promise<{ name: string; bytes: number }[]> {
    if (!observable) {
      await waitUntil(() => files.saved.length >= count, `${count} file(s) expected, ${files.saved.length} handed over`, { timeout });
      await files.settled();
      return files.saved.map((f) => ({ name: f.filename, bytes: f.bytes.length }));
    }
    let list: Downloads['files'] = [];
    await waitUntil(async () => (list = (await downloads('list')).files).length >= count, `${count} download(s) expected`, { timeout });
    return list;
  }

  it('accordion: once the item opens and the letter arrives, href is its object URL and download its name', async () => {
    use(eligibility({ data: { id: '', type: 'tsa_letter', attributes: { document_id: 'a', document_version: 'b', modified_datetime: '2025-09-09T14:18:53' } } }), versionDownload());
    const el = await mount('flag layout="accordion"');
    await settle(el, 'eligible');
    expect(isBlob(el), 'no file before the item opens').to.equal(false);
    el.open = true;
    await asked('/download');
    await waitUntil(() => isBlob(el), 'the link never became the file');
    const link = downloadLink(el);
    expect(link.getAttribute('download')).to.equal(letterFilename);
    const bytes = new Uint8Array(await (await fetch(link.href)).arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).to.equal('%PDF-');
    await expect(el).to.be.accessible();
  });

  it('card layout, generated letter: built on intent, the link is the file', async () => {
    use(eligibility({ data: { id: '', type: 'tsa_letter', attributes: { modified_datetime: '2025-09-09T14:18:53' } } }));
    const el = await mount('flag pdf="generated"');
    await settle(el, 'eligible');
    downloadLink(el).focus();
    await waitUntil(() => isBlob(el), 'the generated letter never became the link', { timeout: 8000 });
    expect(downloadLink(el).getAttribute('download')).to.equal(letterFilename);
  });

  it('a real click on the link is the browser’s own download: one file, the events and the analytics', async () => {
    const el = await letterInHand();
    events.clear();
    await realClick(downloadLink(el));
    const [file] = await saved(1);
    expect(file).to.deep.equal({ name: letterFilename, bytes: await sampleBytes() });
    expect(events.all.map((e) => e.type)).to.deep.equal(['tsa-letter-download', 'tsa-letter-downloaded']);
    expect(page.dataLayer).to.deep.include({ event: 'letter-download', 'letter-type': text.title });
    expect((await downloads('list')).files.length + (observable ? 0 : files.saved.length)).to.equal(1);
  });

  it('a page cancelling tsa-letter-download stops the browser’s download', async () => {
    const el = await letterInHand();
    el.addEventListener('tsa-letter-download', (e) => e.preventDefault(), { once: true });
    await realClick(downloadLink(el));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect((await downloads('list')).files).to.deep.equal([]);
    expect(files.saved).to.deep.equal([]);
    expect(events.of('tsa-letter-downloaded')).to.deep.equal([]);
  });
});

describe('The object URL lives as long as the card holds the letter (fake timers)', () => {
  const files = captureSaves();
  const realSetTimeout = timers.setTimeout;
  let queue: { at: number; run: () => void }[] = [];
  let now = 0;
  const advance = (ms: number) => {
    now += ms;
    for (const due of queue.filter((t) => t.at <= now)) due.run();
    queue = queue.filter((t) => t.at > now);
  };
  beforeEach(() => {
    queue = [];
    now = 0;
    timers.setTimeout = (run, ms) => queue.push({ at: now + ms, run });
  });
  afterEach(() => (timers.setTimeout = realSetTimeout));

  it('saved by script after a wait: still resolves 40 s later while held; after removal, revoked once 40 s have passed since the save', async () => {
    use(eligibility(record), versionDownload(slowPdf(100)));
    const el = await mount('flag');
    await settle(el, 'eligible');
    downloadLink(el).click(); // no letter yet: the click waits, then saves by script
    await waitUntil(() => files.saved.length === 1, 'no file saved');
    const { href } = files.saved[0];
    expect(href, 'the script save uses the link’s own URL').to.equal(downloadLink(el).href);
    advance(SAVE_GRACE_MS + 1000);
    expect(await resolves(href), 'held: alive after 41 s').to.equal(true);
    el.remove();
    expect(await resolves(href), 'just let go: Safari may still be reading it').to.equal(true);
    advance(SAVE_GRACE_MS);
    expect(await resolves(href), 'revoked 40 s after the save').to.equal(false);
  });

  it('handed over by the link itself: revoked as soon as the card lets the letter go', async () => {
    const el = await letterInHand();
    const { href } = downloadLink(el);
    advance(SAVE_GRACE_MS * 2);
    expect(await resolves(href)).to.equal(true);
    el.flag = false; // the kill switch: the card lets the letter go
    await settle(el, 'flag-off');
    expect(await resolves(href)).to.equal(false);
    expect(queue, 'nothing left to revoke later').to.deep.equal([]);
  });
});

describe('Safari’s engine, told by its user agent', () => {
  const agents: [string, string, boolean][] = [
    ['Safari, iPhone', 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1', true],
    ['Chrome, iPhone (WebKit inside)', 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/138.0.7204.119 Mobile/15E148 Safari/604.1', true],
    ['Firefox, iPad (WebKit inside)', 'Mozilla/5.0 (iPad; CPU OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/141.0 Mobile/15E148 Safari/605.1.15', true],
    ['Safari, macOS', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Safari/605.1.15', true],
    ['WebKitGTK', 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/60.5 Safari/605.1.15', true],
    ['Chrome, Windows', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36', false],
    ['Edge', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36 Edg/138.0.0.0', false],
    ['Samsung Internet', 'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/27.0 Chrome/125.0.0.0 Mobile Safari/537.36', false],
    ['Firefox, Windows', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:141.0) Gecko/20100101 Firefox/141.0', false],
  ];
  for (const [name, agent, webKit] of agents) it(`${name}: ${webKit ? 'WebKit' : 'not WebKit'}`, () => expect(isWebKit(agent)).to.equal(webKit));
});

describe('A click that waited longer than the gesture lives (6 s)', () => {
  const events = recordEvents();
  const files = captureSaves(() => !observable);
  beforeEach(() => downloads('clear'));

  it('ends in a file (Chromium, Firefox), or in the link offered to select again, whose next click saves it (WebKit)', async function () {
    this.timeout(30_000);
    use(eligibility(record), versionDownload(slowPdf(6000)));
    const el = await mount('flag');
    await settle(el, 'eligible');
    await realClick(downloadLink(el)); // pointer over it, then the click: it joins the request under way
    await waitUntil(() => events.of('tsa-letter-api').some((e) => e.api.endsWith('/download')), 'the letter never came', { timeout: 12_000 });
    await el.updateComplete;
    const handed = async () => (observable ? (await downloads('list')).files.length : files.saved.length);
    const offered = shadow(el).querySelector('.progress')!.textContent!.includes(text.readyAgain);
    const activation = (navigator as { userActivation?: { isActive: boolean } }).userActivation;
    console.log(`[${navigator.userAgent.match(/(Firefox|Chrome|Version)\/\S+/)?.[0]}] a click that waited 6 s: ${offered ? 'the link offered again' : 'saved by script'}; userActivation ${activation ? `isActive ${activation.isActive}` : 'absent'}`);
    expect(offered, 'offered again only in Safari’s engine').to.equal(isWebKit());
    if (offered) {
      expect(isBlob(el)).to.equal(true);
      expect(await handed(), 'nothing saved by script').to.equal(0);
      expect(events.of('tsa-letter-downloaded')).to.deep.equal([]);
      await expect(el).to.be.accessible();
      await realClick(downloadLink(el));
    }
    await waitUntil(async () => (await handed()) === 1, 'no file in the end', { timeout: 5000 });
    expect(events.of('tsa-letter-downloaded')).to.have.length(1);
    expect(events.of('tsa-letter-download')).to.have.length(offered ? 2 : 1);
  });
});

describe('A double click on the link that is the file', () => {
  const files = captureSaves(() => !observable);
  beforeEach(() => downloads('clear'));

  // sendMouse's presses come too far apart to make a double click in every engine; the browser's
  // own clicks are dispatched instead, the second counting 2 as a double click's does.
  it('saves one file: the second click (detail 2) saves nothing more', async () => {
    const el = await letterInHand();
    for (const detail of [1, 2]) downloadLink(el).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, detail }));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const handed = observable ? (await downloads('list')).files.length : files.saved.length;
    expect(handed).to.equal(1);
  });
});

// End-to-end check of the built drop-in bundle in Chromium, on a page that embeds it: with the
// toggle off the page loads the card's one file and nothing else; with it on, the card's code too;
// the pointer over the link loads the letter chunk (never jsPDF's optional dependencies); the click
// saves the letter.
import { readdirSync, readFileSync } from 'node:fs';
import { checklist, launchChromium } from './browser.mjs';
import { startBundleServer } from './bundle-server.mjs';

const { check, exit } = checklist();

// A lazy chunk may import statically only the entry, which the page has already loaded: Firefox
// keeps a chunk that once failed to load as failed for the page, and a retry (src/lazy.ts) can
// fetch the chunk itself anew but not another chunk that it imports.
for (const file of readdirSync('dist').filter((f) => f.endsWith('.js') && f !== 'tsa-letter-card.js')) {
  const imports = [...readFileSync(`dist/${file}`, 'utf8').matchAll(/\bfrom\s*["'`]([^"'`]+)["'`]/g)].map((m) => m[1]);
  check(imports.every((name) => name === './tsa-letter-card.js'), `dist/${file} imports statically only the entry: ${imports.join(', ') || 'nothing'}`);
}

// The files that run as a card connects and shows open with V8's compile hint (vite.config.ts), so
// Chromium compiles them as they arrive; jsPDF's chunk, used only in part, does not.
for (const file of readdirSync('dist').filter((f) => f.endsWith('.js'))) {
  const hinted = readFileSync(`dist/${file}`, 'utf8').startsWith('//# allFunctionsCalledOnLoad\n');
  const wanted = file === 'tsa-letter-card.js' || file.startsWith('card-');
  check(hinted === wanted, `dist/${file} ${wanted ? 'opens' : 'does not open'} with the compile hint`);
}

const server = await startBundleServer();
const browser = await launchChromium();

try {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const scripts = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/dist/')) scripts.push(pathname.slice(1));
  });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(server.origin);
  await page.waitForFunction(() => customElements.get('tsa-letter-card'));
  await page.evaluate(() => {
    const card = document.createElement('tsa-letter-card');
    card.setAttribute('api-base', '/off');
    document.querySelector('#stage').append(card);
  });
  await page.waitForFunction(() => document.querySelector('tsa-letter-card')?.getAttribute('state') === 'flag-off');
  await page.waitForTimeout(500);
  check(JSON.stringify(scripts) === '["dist/tsa-letter-card.js"]', `toggle off: only the card's own file: ${scripts.join(', ')}`);

  await page.evaluate(() => window.showCard({ pdf: 'generated' }));
  await page.waitForTimeout(500);
  check(scripts.length === 2 && /^dist\/card-.*\.js$/.test(scripts[1]), `toggle on, before any interaction: the card's code too, and nothing else: ${scripts.join(', ')}`);

  await page.hover('tsa-letter-card a[part="download"]');
  await page.waitForFunction(() => window.letterLoaded(), null, { timeout: 10_000 });
  check(scripts.some((s) => /^dist\/letter-pdf-.*\.js$/.test(s)), 'the pointer over the link loads the letter chunk (a generated letter)');

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('tsa-letter-card a[part="download"]')]);
  const stream = await download.createReadStream();
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  const bytes = Buffer.concat(chunks);
  check(download.suggestedFilename() === 'TSA PreCheck Application Fee Waiver Letter.pdf', `saved as "${download.suggestedFilename()}"`);
  check(bytes.subarray(0, 5).toString('latin1') === '%PDF-', `the file is a PDF (${bytes.length} bytes)`);
  check(scripts.length === 3, `no other script was ever loaded: ${scripts.join(', ')}`);
  check(errors.length === 0, `no page errors${errors.length ? `: ${errors.join('; ')}` : ''}`);
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
exit();

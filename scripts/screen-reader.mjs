// What the Veteran hears: Orca, a real screen reader, reading the built card (dist/) in Firefox and
// Chromium over AT-SPI, on a virtual display with its own D-Bus session. Orca's debug log names every
// phrase it speaks (`SPEECH OUTPUT: '…'`), with or without a speech synthesizer; each case waits on
// what Orca has said. `node scripts/screen-reader.mjs` runs it alone; `npm test` runs it too.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromeArgs, findBrowser } from './browser.mjs';

const text = {
  loading: 'Determining TSA PreCheck Application Fee Waiver Letter eligibility...',
  arrival: 'Your TSA PreCheck Application Fee Waiver Letter is available to download.',
  title: 'TSA PreCheck Application Fee Waiver Letter',
  link: 'Download TSA PreCheck Application Fee Waiver Letter',
  preparing: 'Loading your letter...',
  warningHeading: 'Warning Alert Some letters may not be available',
  warningBody: 'One of our systems appears to be down.',
  errorHeading: 'Error Alert Your TSA PreCheck Application Fee Waiver Letter is currently unavailable',
  errorBody: 'If you need help accessing your letter, please call VA Benefits and Services at',
  phone: '800-827-1000',
  tty: 'TTY: 711',
};

// ---- what it needs, found or installed the way the engines are --------------------------------

const tools = {
  '/usr/bin/orca': 'orca',
  '/usr/lib/python3/dist-packages/pyatspi': 'python3-pyatspi',
  '/usr/libexec/at-spi-bus-launcher': 'at-spi2-core',
  '/usr/bin/dbus-daemon': 'dbus',
  '/usr/bin/Xvfb': 'xvfb',
  '/usr/bin/xdotool': 'xdotool',
  '/usr/bin/script': 'bsdutils',
};
const missing = () => Object.entries(tools).filter(([path]) => !existsSync(path)).map(([, pkg]) => pkg);

/** Installs Debian's packages where they are missing and we may; else says what is missing. */
export function findScreenReader() {
  let lacking = missing();
  if (lacking.length && process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0) {
    console.log(`screen reader: installing Debian's ${lacking.join(', ')} with apt-get...`);
    spawnSync('sh', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${[...new Set(lacking)].join(' ')} >/dev/null`], { stdio: 'inherit' });
    lacking = missing();
  }
  if (lacking.length) throw new Error(`No screen reader here: install ${lacking.join(', ')} (on Debian: sudo apt-get install orca python3-pyatspi at-spi2-core dbus xvfb xdotool).`);
}

// ---- the pages and the API they talk to --------------------------------------------------------

const json = (file) => readFileSync(`src/mocks/va-api/${file}`);
const officialLetter = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2048, 0x20), Buffer.from('\n%%EOF\n')]);
const wait = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * The API by scenario, under `/api/<scenario>`. The toggle and eligibility answer once the case lets
 * them (`gate`), after Orca has read the page on load: news arriving while Orca reads the page is
 * read as page content instead of heard arriving, and a live region changing under Orca's reading
 * sets it reading the same lines again and again. The toggle-off page is not held: nothing of the
 * card is to be heard there, whenever it lands.
 */
async function answer(scenario, path, res, gate) {
  const send = (status, type, body) => {
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
    res.end(body);
  };
  if (path === '/v0/feature_toggles') {
    if (scenario === 'off') return send(200, 'application/json', json('feature-toggles.off.json'));
    await gate('toggle');
    return send(200, 'application/json', json('feature-toggles.on.json'));
  }
  if (path === '/v0/tsa_letter') {
    await gate('eligibility');
    if (scenario === 'error') return send(503, 'application/json', json('error.503.json'));
    return send(200, 'application/json', json('tsa-letter.d.snake.json'));
  }
  if (path.endsWith('/download')) {
    await wait(1000);
    if (scenario === 'download-fails') return send(503, 'application/json', json('error.503.json'));
    return send(200, 'application/pdf', officialLetter);
  }
  send(404, 'application/json', '{"errors":[]}');
}

// Every focus change on the page reaches the server: "nothing moves focus" is checked, not assumed.
const focusWatch = `<script>addEventListener('focusin', (e) => { const t = e.composedPath()[0]; navigator.sendBeacon('/focus', (t.id || t.localName) + ' ' + (t.textContent || '').trim().slice(0, 40)); }, true);</script>`;
const page = (title, body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${focusWatch}
<script type="module" src="/dist/tsa-letter-card.js"></script></head><body><main><h1>${title}</h1>${body}</main></body></html>`;
// The card between a control and more of the page, as on the letters page (the accordion, then the
// page's own text below it).
const card = (scenario, attributes = '') =>
  `<button id="before" autofocus>Before the card</button><tsa-letter-card api-base="/api/${scenario}" pdf="official" ${attributes}></tsa-letter-card><p>After the card</p>`;

const pages = {
  '/arrival-card': page('Arrival, card', card('ok')),
  '/arrival-accordion': page('Arrival, accordion', card('ok', 'layout="accordion" heading-level="2"')),
  '/eligibility-error': page('Eligibility error', card('error')),
  '/toggle-off': page('Toggle off', card('off', 'layout="accordion" heading-level="2"')),
  '/keyboard-card': page('Keyboard, card', card('download-fails')),
  '/keyboard-accordion': page('Keyboard, accordion', card('download-fails', 'layout="accordion" heading-level="2"')),
  // What the letters page did: a loading text swapped for a link, with no live region.
  '/control': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Control</title>${focusWatch}</head><body><main><h1>Control</h1>
<button id="before" autofocus>Before the card</button><div id="slot">Loading your letter...</div><p>After the card</p>
<script>fetch('/news').then(() => { document.querySelector('#slot').innerHTML = '<a href="#">Download Control Letter (PDF)</a>'; navigator.sendBeacon('/swapped', '1'); });</script>
</main></body></html>`,
  // The measure: VA's own va-alert (the dev dependency), shown the way the letters page shows its
  // download error, inserted once the case says go.
  '/va-alert': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>VA alert</title>
<link rel="stylesheet" href="/va/component-library.css"><link rel="stylesheet" href="/va-css/stylesheets/base/utils.css">
<script type="module" src="/va/component-library.esm.js"></script></head><body><main><h1>VA alert</h1>
<button id="before" autofocus>Before the card</button><div id="slot"></div><p>After the card</p>
<script>fetch('/news').then(() => { document.querySelector('#slot').innerHTML = '<va-alert status="error" visible data-role="alert"><h3 slot="headline">Your TSA PreCheck Application Fee Waiver Letter is currently unavailable</h3><p>If you need help accessing your letter, please call VA Benefits and Services at <va-telephone contact="8008271000"></va-telephone>. If you have hearing loss, call <va-telephone contact="711" tty></va-telephone>.</p></va-alert>'; });</script>
</main></body></html>`,
};

/** VA's Design System files, served for the reference page. */
const vaFiles = {
  '/va/': 'node_modules/@department-of-veterans-affairs/web-components/dist/component-library/',
  '/va-css/': 'node_modules/@department-of-veterans-affairs/css-library/dist/',
};

function startServer() {
  // Each piece of a page's news (the toggle, the eligibility answer, the control's swap: `news`)
  // waits at its gate until the case opens it (`seen.open(name)`), in turn, as Orca has said what
  // came before. An open gate stays open: a request that reaches it later (a slow browser) passes.
  let waiting = {};
  let opened = new Set();
  const seen = {
    focus: [],
    swapped: false,
    open(...names) {
      for (const name of names) {
        opened.add(name);
        (waiting[name] ?? []).splice(0).forEach((release) => release());
      }
    },
    reset() {
      this.focus.length = 0;
      this.swapped = false;
      waiting = {};
      opened = new Set();
    },
  };
  // At most 20 s: a case that never opens a gate still ends.
  const gate = (name) =>
    new Promise((release) => {
      if (opened.has(name)) return release();
      (waiting[name] ??= []).push(release);
      setTimeout(release, 20_000);
    });
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url, 'http://localhost');
    if (pathname === '/news') {
      await gate('news');
      return res.end();
    }
    if (req.method === 'POST') {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        if (pathname === '/focus') seen.focus.push(body);
        if (pathname === '/swapped') seen.swapped = true;
        res.end();
      });
      return;
    }
    if (pages[pathname]) {
      res.writeHead(200, { 'Content-Type': 'text/html', 'Cache-Control': 'no-store' });
      return res.end(pages[pathname]);
    }
    const va = Object.keys(vaFiles).find((prefix) => pathname.startsWith(prefix));
    if (va) {
      try {
        const body = readFileSync(vaFiles[va] + pathname.slice(va.length).replace(/\.\./g, ''));
        res.writeHead(200, { 'Content-Type': pathname.endsWith('.css') ? 'text/css' : 'text/javascript' });
        return res.end(body);
      } catch {
        res.writeHead(404);
        return res.end();
      }
    }
    if (pathname.startsWith('/dist/')) {
      try {
        const body = readFileSync(`.${pathname}`);
        res.writeHead(200, { 'Content-Type': 'text/javascript' });
        return res.end(body);
      } catch {
        res.writeHead(404);
        return res.end();
      }
    }
    const api = pathname.match(/^\/api\/([^/]+)(\/v0\/.*)$/);
    if (api) return void answer(api[1], api[2], res, gate);
    res.writeHead(404);
    res.end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, seen, origin: `http://127.0.0.1:${server.address().port}` })));
}

// ---- the desktop: display, session bus, AT-SPI, Orca -------------------------------------------

const children = [];
/** Starts a program in its own process group, so that it and whatever it starts stop together. */
function start(command, args, env, stdio = 'ignore') {
  const child = spawn(command, args, { env, stdio, detached: true });
  children.push(child);
  return child;
}
function stop(child, signal = 'SIGKILL') {
  if (child.exitCode === null && child.signalCode === null) {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  }
}
const stopAll = () => children.splice(0).reverse().forEach((child) => stop(child));

async function firstLine(stream) {
  return new Promise((resolve, reject) => {
    let data = '';
    stream.on('data', (chunk) => {
      data += chunk;
      if (data.includes('\n')) resolve(data.split('\n')[0].trim());
    });
    stream.on('error', reject);
  });
}

async function startDesktop(dir) {
  const display = start('/usr/bin/Xvfb', ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], process.env, ['ignore', 'pipe', 'ignore']);
  const number = await firstLine(display.stdout);
  const bus = start('/usr/bin/dbus-daemon', ['--session', '--nofork', '--print-address=1'], process.env, ['ignore', 'pipe', 'ignore']);
  const address = await firstLine(bus.stdout);
  const env = { ...process.env, DISPLAY: `:${number}`, DBUS_SESSION_BUS_ADDRESS: address, GNOME_ACCESSIBILITY: '1', NO_AT_BRIDGE: '0' };
  start('/usr/libexec/at-spi-bus-launcher', ['--launch-immediately'], env);
  await wait(500);
  // Orca's own settings, for this run only: no speech synthesizer (every phrase is still logged), no braille.
  const prefs = join(dir, 'orca');
  mkdirSync(prefs);
  writeFileSync(
    join(prefs, 'user-settings.conf'),
    JSON.stringify({
      general: { speechServerFactory: 'none', speechFactoryModules: [], enableSpeech: true, enableBraille: false, firstStart: false },
      profiles: { default: { profile: ['Default', 'default'], pronunciations: {}, keybindings: {} } },
      pronunciations: {},
      keybindings: {},
    }),
  );
  // Orca writes its debug log to a terminal line by line, and to a file only in blocks: `script`
  // gives it a terminal and copies each line to the log at once.
  const log = join(dir, 'orca.log');
  const orca = start('/usr/bin/script', ['-qfc', `orca --user-prefs=${prefs} --debug-file=/dev/tty --replace`, log], env);
  const speech = new Speech(log);
  await speech.waitFor('Screen reader on.', 30_000);
  return { env, orca, speech };
}

/** What Orca has said, read from its log. */
class Speech {
  constructor(log) {
    this.log = log;
    this.from = 0;
  }
  all() {
    let content = '';
    try {
      content = readFileSync(this.log, 'latin1');
    } catch {
      return [];
    }
    return [...Buffer.from(content, 'latin1').toString('utf8').matchAll(/SPEECH OUTPUT: '(.*)'/g)].map((m) => m[1].replace(/'\{.*$|' \{.*$/, '').trim());
  }
  /** Phrases said since `mark()`. */
  said() {
    return this.all().slice(this.from);
  }
  mark() {
    this.from = this.all().length;
  }
  /** A case starts: what it hears is kept apart from the cases before it. */
  begin() {
    this.mark();
    this.caseFrom = this.from;
  }
  /** Everything said since the case began. */
  heardInCase() {
    return this.all().slice(this.caseFrom);
  }
  count(phrase) {
    return this.said().filter((said) => said.includes(phrase)).length;
  }
  async waitFor(phrase, ms = 10_000) {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      if (this.all().slice(this.from).some((said) => said.includes(phrase))) return true;
      await wait(100);
    }
    return false;
  }
}

// ---- the browsers ------------------------------------------------------------------------------

function launch(engine, url, env, dir) {
  if (engine === 'chromium') {
    const args = [...chromeArgs, '--force-renderer-accessibility', `--user-data-dir=${mkdtempSync(join(dir, 'chromium-'))}`, '--window-size=1200,900', url];
    return start(findBrowser('chromium'), args, env);
  }
  const profile = mkdtempSync(join(dir, 'firefox-'));
  // A plain first start: no welcome page, no default-browser question, no hidden tab, nothing asked of the network.
  writeFileSync(
    join(profile, 'user.js'),
    [
      ['browser.shell.checkDefaultBrowser', false],
      ['browser.startup.homepage_override.mstone', 'ignore'],
      ['startup.homepage_welcome_url', ''],
      ['browser.aboutwelcome.enabled', false],
      ['datareporting.policy.dataSubmissionEnabled', false],
      ['toolkit.telemetry.reportingpolicy.firstRun', false],
      ['app.update.enabled', false],
      ['network.captive-portal-service.enabled', false],
      ['network.connectivity-service.enabled', false],
      // Firefox loads a hidden New Tab page in the background; Orca says "Finished loading New Tab"
      // and, when that lands in the middle of a live region's news, drops part of it.
      ['browser.newtab.preload', false],
      ['browser.newtabpage.enabled', false],
      ['toolkit.legacyUserProfileCustomizations.stylesheets', true],
    ]
      .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
      .join('\n'),
  );
  // Firefox's status panel ("Waiting for 127.0.0.1…") comes and goes while the API is held back.
  // The page's own news is what is listened to: the panel is hidden.
  mkdirSync(join(profile, 'chrome'));
  writeFileSync(join(profile, 'chrome', 'userChrome.css'), '#statuspanel { display: none !important; }\n');
  return start(findBrowser('firefox'), ['--no-remote', '--profile', profile, '--width', '1200', '--height', '900', url], env);
}

/**
 * Gives the page's window the keyboard (there is no window manager on the virtual display), then
 * lets Orca finish saying so, so that the next key's speech is the page's own.
 */
async function focusPage(env, speech, title) {
  const windows = spawnSync('xdotool', ['search', '--onlyvisible', '--name', title], { env, encoding: 'utf8' }).stdout.trim().split('\n').filter(Boolean);
  if (windows.length) spawnSync('xdotool', ['windowfocus', '--sync', windows[0]], { env, timeout: 5000 });
  await wait(1000);
  speech.mark();
}

/** A key as a keyboard user presses it, to the focused window. */
const key = (env, name) => spawnSync('xdotool', ['key', name], { env, timeout: 5000 });

// ---- the cases ---------------------------------------------------------------------------------

/**
 * Each case: a page, what to do, and what must be heard. `check` returns the failures, as sentences.
 */
const cases = [
  ...['card', 'accordion'].map((layout) => ({
    name: `${layout}: after the loading message, the arrival is said once; focus stays before the card`,
    path: `/arrival-${layout}`,
    async run({ speech, seen }) {
      const problems = await eligibilityAnswered(speech, seen);
      if (!(await speech.waitFor(text.arrival))) problems.push('the arrival was not heard');
      await wait(1500);
      if (speech.count(text.arrival) > 1) problems.push(`the arrival was said ${speech.count(text.arrival)} times`);
      const moved = seen.focus.filter((f) => !f.startsWith('before '));
      if (moved.length) problems.push(`focus moved: ${moved.join('; ')}`);
      return problems;
    },
  })),
  {
    name: "eligibility error: the warning's heading, once, and its body",
    path: '/eligibility-error',
    async run({ speech, seen, engine }) {
      const problems = await eligibilityAnswered(speech, seen);
      if (!(await speech.waitFor(text.warningBody))) problems.push('the body was not heard');
      await wait(1000);
      const all = speech.said().join(' ');
      // Chromium hands Orca the heading and the body as two pieces of news, in either order (once in
      // 75 cases in five runs, body first), as it does for the error alert: see errorAlertHeard.
      if (!all.includes(text.warningHeading)) problems.push(`"${text.warningHeading}" was not heard`);
      else if (engine === 'firefox' && all.indexOf(text.warningHeading) > all.indexOf(text.warningBody)) problems.push('the body came before the heading');
      const heading = all.split('Some letters may not be available').length - 1;
      if (heading !== 1) problems.push(`the heading was said ${heading} times`);
      if (/AlertSome/.test(all)) problems.push('"AlertSome": the label runs into the heading');
      return problems;
    },
  },
  {
    // Most page views during the rollout: the card shows nothing, and Orca reading the page on load
    // must say nothing of it either (an empty role="status" is read as "statusbar").
    name: 'toggle off: the page is read through with nothing said of the card',
    path: '/toggle-off',
    async run({ speech }) {
      const problems = [];
      if (!(await speech.waitFor('After the card'))) problems.push('the page was not read through to "After the card"');
      await wait(500);
      // What the reading of the page said between the button (its last mention) and the text after the card.
      const said = speech.said();
      const after = said.findIndex((s) => s.includes('After the card'));
      const before = said.slice(0, after).findLastIndex((s) => s.includes('Before the card'));
      const extra = said.slice(before + 1, after).filter((s) => s !== 'push button');
      if (extra.length) problems.push(`between the button and the text after the card, heard: ${extra.map((s) => `«${s}»`).join(' ')}`);
      return problems;
    },
  },
  {
    name: 'keyboard, card: Tab to the link; Enter with a failing download says the preparing message, then the error alert',
    path: '/keyboard-card',
    async run({ speech, seen, env, engine }) {
      const problems = await eligibilityAnswered(speech, seen);
      if (!(await speech.waitFor(text.arrival))) problems.push('the arrival was not heard');
      await focusPage(env, speech, 'Keyboard, card');
      key(env, 'Tab');
      if (!(await speech.waitFor(text.link))) problems.push('Tab: the link was not heard');
      // Focus asked for the letter; let that request end, so that Enter asks again and waits.
      await wait(1500);
      speech.mark();
      key(env, 'Return');
      problems.push(...(await errorAlertHeard(speech, true, engine)));
      return problems;
    },
  },
  {
    name: 'keyboard, accordion: Tab to the header, Enter says expanded and, with a failing download, the alert; Tab to the link, Enter',
    path: '/keyboard-accordion',
    async run({ speech, seen, env, engine }) {
      const problems = await eligibilityAnswered(speech, seen);
      if (!(await speech.waitFor(text.arrival))) problems.push('the arrival was not heard');
      await focusPage(env, speech, 'Keyboard, accordion');
      key(env, 'Tab');
      if (!(await speech.waitFor(text.title))) problems.push('Tab: the header was not heard');
      if (!(await speech.waitFor('collapsed'))) problems.push('Tab: "collapsed" was not heard');
      speech.mark();
      key(env, 'Return');
      if (!(await speech.waitFor('expanded'))) problems.push('Enter: "expanded" was not heard');
      problems.push(...(await errorAlertHeard(speech, false, engine)).map((p) => `on open: ${p}`));
      speech.mark();
      key(env, 'Tab');
      if (!(await speech.waitFor(text.link))) problems.push('Tab: the link was not heard');
      speech.mark();
      key(env, 'Return');
      problems.push(...(await errorAlertHeard(speech, true, engine)).map((p) => `Enter on the link: ${p}`));
      return problems;
    },
  },
  {
    // The measure for the alerts, not the card: what VA's own component gives in Chromium (Firefox
    // says nothing of a va-alert inserted this way). The README sets the two side by side.
    name: "reference: VA's own va-alert with data-role=\"alert\", shown as the card shows its download error, is heard",
    path: '/va-alert',
    engines: ['chromium'],
    async run({ speech, seen }) {
      speech.mark();
      seen.open('news');
      const heard = () => speech.said().join(' ');
      const until = Date.now() + 6000;
      while (Date.now() < until && !(heard().includes(text.tty) && heard().includes('is currently unavailable'))) await wait(100);
      await wait(800);
      return [text.errorHeading, text.errorBody].filter((part) => !heard().includes(part)).map((part) => `"${part}" was not heard`);
    },
  },
  {
    name: 'control: a loading text swapped for a link with no live region is heard saying nothing of the link',
    path: '/control',
    async run({ speech, seen }) {
      speech.mark();
      seen.open('news');
      const until = Date.now() + 8000;
      while (!seen.swapped && Date.now() < until) await wait(100);
      await wait(2500);
      const problems = [];
      if (!seen.swapped) problems.push('the page never swapped the text for the link');
      if (speech.said().some((said) => said.includes('Download Control Letter'))) problems.push('the link was heard: the listener cannot tell silence from speech');
      return problems;
    },
  },
];

/**
 * The card's news in turn, each once Orca has said the one before: the toggle (the loading message
 * must then be heard), then the eligibility answer. Returns the problems.
 */
async function eligibilityAnswered(speech, seen) {
  seen.open('toggle');
  const problems = (await speech.waitFor(text.loading)) ? [] : ['the loading message was not heard'];
  seen.open('eligibility');
  return problems;
}

/** The download error alert, heard in order: heading (once), body, both phone links; the preparing message first when asked. */
async function errorAlertHeard(speech, preparing, engine) {
  const problems = [];
  if (preparing && !(await speech.waitFor(text.preparing))) problems.push('the preparing message was not heard');
  // Engines split what Orca says into phrases differently ("Error Alert" | "Your …"): read it as one text.
  const heard = () => speech.said().join(' ');
  const until = Date.now() + 6000;
  while (Date.now() < until && !(heard().includes(text.tty) && heard().includes('is currently unavailable'))) await wait(100);
  await wait(800);
  const all = heard();
  // Chromium with Orca 43 says a new role="alert" as several phrases, in an order that varies: the
  // heading, the whole body (its numbers in it), and each phone link again on its own, as it does
  // VA's own va-alert (the reference case). So the body is read in reading order from its start,
  // and in Firefox, which says the alert in one pass, the heading comes before it too.
  const order = engine === 'firefox' ? [text.errorHeading, text.errorBody, text.phone, text.tty] : [text.errorBody, text.phone, text.tty];
  for (const part of [text.errorHeading, ...order]) if (!all.includes(part)) problems.push(`"${part}" was not heard`);
  let from = 0;
  for (const part of order) {
    const at = all.indexOf(part, from);
    if (at < 0 && all.includes(part)) problems.push(`"${part}" out of reading order`);
    else if (at >= 0) from = at + part.length;
  }
  const headings = all.split('is currently unavailable').length - 1;
  if (headings !== 1) problems.push(`the heading was said ${headings} times`);
  if (/AlertYour/.test(all)) problems.push('"AlertYour": the label runs into the heading');
  return problems;
}

/** Runs every case in Firefox and Chromium; returns `{ passed, failed, skipped }`. */
export async function runScreenReader({ engines = (process.env.TSA_SR_ENGINES ?? 'firefox,chromium').split(','), only = process.env.TSA_SR_CASES, verbose = false } = {}) {
  const chosen = cases.filter((one) => !only || one.path.includes(only));
  const total = engines.reduce((sum, engine) => sum + chosen.filter((one) => !one.engines || one.engines.includes(engine)).length, 0);
  try {
    findScreenReader();
  } catch (error) {
    console.log(error.message);
    return { passed: 0, failed: 0, skipped: total };
  }
  const dir = mkdtempSync(join(tmpdir(), 'tsa-screen-reader-'));
  const { server, seen, origin } = await startServer();
  const result = { passed: 0, failed: 0, skipped: 0 };
  const cleanUp = () => {
    stopAll();
    server.close();
    // TSA_SR_LOG=file keeps Orca's whole debug log (every event it saw), to see why a case failed.
    if (process.env.TSA_SR_LOG) copyFileSync(join(dir, 'orca.log'), process.env.TSA_SR_LOG);
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stopAll);
  try {
    const { env, orca, speech } = await startDesktop(dir);
    for (const engine of engines) {
      try {
        findBrowser(engine);
      } catch (error) {
        console.log(`screen reader, ${engine}: ${error.message}`);
        result.skipped += chosen.filter((c) => !c.engines || c.engines.includes(engine)).length;
        continue;
      }
      for (const one of chosen.filter((c) => !c.engines || c.engines.includes(engine))) {
        seen.reset();
        speech.begin();
        const browser = launch(engine, origin + one.path, env, dir);
        let problems;
        try {
          // Orca reads the page on load first, to its end ("After the card"); the news comes after.
          if (!(await speech.waitFor('After the card', 15_000))) throw new Error('Orca never read the page to its end ("After the card")');
          await wait(500);
          problems = await one.run({ speech, seen, env, engine });
        } catch (error) {
          problems = [String(error)];
        } finally {
          stop(browser);
          await wait(300);
        }
        const ok = problems.length === 0;
        result[ok ? 'passed' : 'failed']++;
        console.log(`${ok ? '✔' : '✘'} screen reader, ${engine}: ${one.name}${ok ? '' : `\n    ${problems.join('\n    ')}`}`);
        if (!ok || verbose) console.log(`    heard: ${speech.heardInCase().map((s) => `«${s}»`).join(' ').slice(0, 3000)}`);
      }
    }
    // Orca keeps its last phrases until it stops: a polite stop, then the rest.
    stop(orca, 'SIGTERM');
    await wait(1000);
  } catch (error) {
    console.log(`screen reader: ${error.message}`);
    result.failed += total - result.passed - result.failed - result.skipped;
  } finally {
    cleanUp();
  }
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { passed, failed, skipped } = await runScreenReader({ verbose: process.argv.includes('--verbose') });
  console.log(`screen reader: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  process.exit(failed ? 1 : 0);
}

// `npm run docs`: renders the generated parts of the Markdown pages from their sources, so that no
// figure or word in them is typed twice: the size budgets (.size-limit.js), the card's words
// (src/text.ts, as built), the mock scenarios (src/mocks, as built) and the benchmark's published
// figures (docs/performance-results.json). The API reference is rendered by `npm run manifest`.
// `--check` (in `npm test`, after the build) fails when a generated part is stale, a relative link
// or image points at nothing, a size is written outside a generated part, or a page names a file
// the project does not have.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { splice, table } from './markdown.mjs';

const check = process.argv.includes('--check');
const root = resolve('.');
const imported = (file) => import(pathToFileURL(resolve(file)).href);

// ---- the generated parts ------------------------------------------------------------------

const kib = (bytes) => `${Math.round((bytes / 1024) * 100) / 100} KiB`;

async function budgets() {
  const { default: limits } = await imported('.size-limit.js');
  return table(
    ['file', 'budget, gzip'],
    limits.map((l) => [l.name, `${kib(Number.parseInt(l.limit, 10))} (${Number.parseInt(l.limit, 10)} B)`]),
  );
}

async function words() {
  const { text } = await imported('dist/npm/text.js');
  const e = text.downloadError;
  const rows = [
    ['`loading-eligibility`', `the loading message, announced politely: “${text.loading}”`],
    ['`eligible`', `the heading “${text.title}”, then: ${text.paragraphs.map((p) => `“${p}”`).join(' ')} The link: “${text.downloadLink} (${text.pdfAbbr})”, ${text.pdfAbbr} an abbreviation of “${text.pdfAbbrTitle}”. Announced once, as the letter replaces the loading message: “${text.letterAvailable}”`],
    ['`eligible`, a click waiting for the letter', `“${text.preparing}”`],
    ['`eligible`, the letter came after the gesture ran out (Safari’s engine)', `“${text.readyAgain}”`],
    ['`eligible`, the download failed', `an error alert: “${text.errorLabel}” (hidden from sight) “${e.heading}”, then “${e.beforePhone}${e.phone}${e.betweenPhones}${e.tty}${e.afterTty}”, both numbers links`],
    ['`eligibility-error`', `a warning alert (unless the page shows its own): “${text.warningLabel}” (hidden from sight) “${text.eligibilityError.heading}”, then “${text.eligibilityError.body}”`],
    ['`idle`, `loading-flag`, `flag-off`, `not-eligible`, `unauthorized`', 'nothing, and no space taken (`not-eligible`: the page’s `slot="not-eligible"` if it gives one)'],
  ];
  return table(['state', 'what the Veteran sees and hears'], rows);
}

async function scenarios() {
  const { scenarios: all } = await imported('dist/mocks/index.js');
  return table(['scenario', 'what it answers'], Object.entries(all).map(([name, description]) => [`\`${name}\``, description]));
}

async function performance() {
  const file = 'docs/performance-results.json';
  if (!existsSync(file)) return 'No figures published yet: `BENCH_PUBLISH=1 npm run bench`, then `npm run docs`.';
  const r = JSON.parse(readFileSync(file, 'utf8'));
  const { GOAL } = await imported('scripts/bench-page.mjs');
  const interval = (row) => `${row.runsRatio} (${row.runsRatioInterval?.join('–') ?? 'too few runs'})`;
  const judged = (row, limit) => {
    const [low, high] = row.runsRatioInterval ?? [];
    if (low === undefined) return 'too few runs';
    return high <= limit ? `met (≤ ${limit})` : low > limit ? `not met (≤ ${limit})` : `undecided (≤ ${limit})`;
  };
  const rows = [];
  const add = (label, row, verdict) => row && rows.push([label, String(row.runs), `${row.cardMs} ms`, `${row.floorMs} ms`, `${row.overMs} ms`, interval(row), verdict]);
  const at50 = r.roundTrips?.[50];
  add('50 ms round trips, first visit, instant API', at50, 'reported');
  add(`${r.apiTime?.roundTrip} ms round trips, eligibility answered after ${r.apiTime?.apiMs} ms`, r.apiTime, r.apiTime?.roundTrip === 50 ? judged(r.apiTime, GOAL.at50) : 'reported');
  add('phone, first visit, instant API', r.phone, 'reported');
  add(`${r.returning?.roundTrip} ms round trips, returning`, r.returning, r.returning && judged(r.returning, GOAL.at50));
  add('phone, returning', r.returningPhone, r.returningPhone && judged(r.returningPhone, GOAL.phone));
  const env = Object.entries(r.environment ?? {}).map(([k, v]) => `${k}=${v}`).join(' ');
  return [
    `Taken at commit \`${r.commit}\` on ${r.date}, with \`${env ? `${env} ` : ''}npm run bench\` (file: \`${file}\`).`,
    '',
    table(['row', 'runs', 'card', 'floor', 'card − floor', 'card / floor, runs’ median (95 % interval)', 'goal'], rows),
    '',
    `Script a page loads with the toggle off: ${r.bytes.toggleOff.gzip} B gzip; the card’s chunk: ${r.bytes.cardChunk.gzip} B; jsPDF’s chunk: ${r.bytes.letterChunk.gzip} B.`,
  ].join('\n');
}

/** Each generated part: the pages that hold it, and how it is made. */
const parts = { budgets, words, scenarios, performance };

const markers = (name) => [`<!-- generated:${name} (npm run docs) -->`, `<!-- /generated:${name} -->`];

// ---- the pages ------------------------------------------------------------------------------

function markdownFiles(dir = '.') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return ['node_modules', '.git', 'dist', 'demo-dist', 'screenshots', 'bench-results'].includes(entry.name) || entry.name.startsWith('.') ? [] : markdownFiles(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

const problems = [];
const pages = markdownFiles().filter((file) => !file.startsWith(join('test', 'react-17')));

for (const file of pages) {
  const original = readFileSync(file, 'utf8');
  let page = original;
  for (const [name, make] of Object.entries(parts)) {
    const [start, end] = markers(name);
    if (page.includes(start)) page = splice(page, start, end, `${start}\n${await make()}\n${end}`);
  }
  if (page !== original) {
    if (check) problems.push(`${file}: a generated part is out of date (run \`npm run docs\`)`);
    else writeFileSync(file, page);
  }
}

// ---- the checks -----------------------------------------------------------------------------

/** GitHub's anchor for a heading. */
const slug = (heading) => heading.trim().toLowerCase().replace(/[`*_]/g, '').replace(/[^\p{L}\p{N} -]/gu, '').replace(/ /g, '-');
const anchorsOf = (file) => new Set([...readFileSync(file, 'utf8').matchAll(/^#+ (.+)$/gm)].map((m) => slug(m[1])));
/** What is written in a page, code blocks and generated parts left out. */
const prose = (page) => page.replace(/```[\s\S]*?```/g, '').replace(/<!-- (generated:[\w-]+|api-reference:start)[\s\S]*?<!-- \/?(generated:[\w-]+|api-reference:end) -->/g, '');
const missingNames = ['spec.md', 'rollout.md', 'product/', '../shared'];

if (check) {
  for (const file of pages) {
    const page = readFileSync(file, 'utf8');
    const targets = [...page.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?: "[^"]*")?\)/g), ...page.matchAll(/<img [^>]*src="([^"]+)"/g)].map((m) => m[1]);
    for (const target of targets) {
      if (/^[a-z]+:/i.test(target)) continue;
      const [path, anchor] = target.split('#');
      const resolved = path ? resolve(dirname(file), decodeURIComponent(path)) : resolve(file);
      if (!existsSync(resolved) || !resolved.startsWith(root)) problems.push(`${file}: the link ${target} points at nothing`);
      else if (anchor && resolved.endsWith('.md') && !anchorsOf(resolved).has(anchor)) problems.push(`${file}: the link ${target} names no heading of ${relative(root, resolved)}`);
    }
    if (!file.endsWith('CHANGELOG.md')) {
      for (const m of prose(page).matchAll(/\b\d[\d.,]*\s?(?:KB|KiB|kB|MB|MiB|bytes|B gzip)\b/g)) problems.push(`${file}: a size written by hand, "${m[0]}": sizes come from a generated part (budgets, performance)`);
    }
    for (const name of missingNames) if (prose(page).includes(name)) problems.push(`${file}: names ${name}, which the project does not have`);
  }
  for (const file of ['custom-elements.json', ...readdirSync('src', { recursive: true }).map((f) => join('src', f)).filter((f) => /\.ts$/.test(f))]) {
    const source = readFileSync(file, 'utf8');
    for (const name of missingNames) if (source.includes(name)) problems.push(`${file}: names ${name}, which the project does not have`);
    if (/\bspec (section )?\d/.test(source)) problems.push(`${file}: points at a spec section the project does not have`);
  }
}

if (problems.length) {
  for (const problem of problems) console.error(`✘ ${problem}`);
  process.exit(1);
}
console.log(check ? `✔ ${pages.length} Markdown pages: generated parts current, every relative link and image there, no size written by hand` : 'Generated parts written.');

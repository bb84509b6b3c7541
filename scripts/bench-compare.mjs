// `npm run bench:compare -- <commit>`: this checkout's card against another commit's, in paired
// runs. The card / floor rows of `npm run bench` move from one run of the bench to the next by more
// than a change of a few milliseconds does (a shared machine's noise); here both builds run in
// turn in one session, each run's pair under the same moment's noise, and the change is judged on
// the 95 % interval of the median of the pairs' differences. Each run: a fresh page per build (its
// order alternating), the card against the bare script's two calls as in `npm run bench`, at 50 ms
// round trips and on the phone. The other commit is built in a temporary git worktree with this
// checkout's dependencies. BENCH_RUNS pairs per profile (30).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { benchBrowser, GOAL, NOT_JUDGED, PHONE } from './bench-page.mjs';
import { change, median, medianInterval, round, verdict } from './bench-stats.mjs';
import { startBundleServer } from './bundle-server.mjs';

const other = process.argv[2];
if (!other) {
  console.error('Usage: npm run bench:compare -- <commit>   (e.g. main, HEAD~1)');
  process.exit(2);
}
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const PROFILES = { '50 ms round trips': { roundTrip: 50, goal: GOAL.at50 }, phone: { ...PHONE, goal: GOAL.phone } };

/** The other commit's drop-in build (`dist/`), in a worktree of its own. */
function buildAt(commit) {
  const dir = mkdtempSync(join(tmpdir(), 'tsa-letter-card-compare-'));
  execFileSync('git', ['worktree', 'add', '--detach', dir, commit], { stdio: 'ignore' });
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  execFileSync(resolve('node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: dir, stdio: 'inherit' });
  return { dir, remove: () => execFileSync('git', ['worktree', 'remove', '--force', dir]) };
}

const otherBuild = buildAt(other);
const rows = [];
/** Each build's card / floor against the project's goal: the runs' median ratio, its 95 % interval, the verdict. */
const goals = [];
let server;
let browser;
try {
  server = await startBundleServer();
  browser = await benchBrowser(server);
  for (const [label, { goal, ...conditions }] of Object.entries(PROFILES)) {
    const over = { this: [], other: [] };
    const ratio = { this: [], other: [] };
    for (let run = 0; run < RUNS; run++) {
      for (const build of run % 2 ? ['other', 'this'] : ['this', 'other']) {
        server.serveBuildFrom(build === 'this' ? '.' : otherBuild.dir);
        const { tab, close } = await browser.freshPage(conditions);
        const { card, floor } = await browser.cardAndFloor(tab, run % 2 === 0);
        await close();
        over[build].push(card - floor);
        ratio[build].push(card / floor);
      }
    }
    const differences = over.this.map((ms, i) => ms - over.other[i]);
    const interval = medianInterval(differences);
    rows.push(
      `| ${label} | ${RUNS} | ${round(median(over.this))} ms | ${round(median(over.other))} ms | ${round(median(differences))} ms (${interval?.map(round).join(' to ') ?? 'too few runs'}) | ${change(interval)} |`,
    );
    const against = (build) => {
      const within = medianInterval(ratio[build]);
      return `${round(median(ratio[build]), 3)} (${within?.map((q) => round(q, 3)).join('–') ?? 'too few runs'}): ${verdict(within, goal)}`;
    };
    goals.push(`| ${label} | ≤ ${goal} | ${against('this')} | ${against('other')} |`);
  }
} finally {
  await browser?.close();
  await server?.close();
  otherBuild.remove();
}

console.log(`\nThis checkout against ${other}: the card's milliseconds over the floor (connect → eligible, less the bare script's two calls), paired runs, medians:\n`);
console.log(`| network | pairs | this checkout: card − floor | ${other}: card − floor | difference, paired median (95 % interval) | change |`);
console.log('|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
console.log(`\nEach build's card / floor on a first visit with an instant API, the runs' median (95 % interval), beside the goal it would have (${NOT_JUDGED}; npm run bench judges the goal):\n`);
console.log(`| network | goal | this checkout | ${other} |`);
console.log('|---|---|---|---|');
for (const row of goals) console.log(row);

// Prints the sizes that matter to a page and fails when the drop-in bundle's eager script is over
// the spec's 12 KB gzip budget (section 6). Measured at zlib's default level, as most servers compress.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DROP_IN_BUDGET = 12 * 1024;
const NPM_OWN_BUDGET = 5 * 1024;
const gzip = (bytes) => gzipSync(bytes).length;

let over = false;
for (const file of readdirSync('dist').filter((f) => f.endsWith('.js'))) {
  const bytes = readFileSync(`dist/${file}`);
  const eager = file === 'tsa-letter-card.js';
  console.log(`dist/${file}: ${bytes.length} bytes, ${gzip(bytes)} bytes gzip${eager ? ` (drop-in, loaded eagerly; budget ${DROP_IN_BUDGET})` : ' (lazy)'}`);
  if (eager && gzip(bytes) > DROP_IN_BUDGET) over = true;
}

/** The npm build's own modules a page loads eagerly: static relative imports from the entry. */
function eagerGraph(entry, seen = new Set()) {
  if (seen.has(entry) || !existsSync(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  for (const [, path] of code.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?['"](\.[^'"]+)['"]/g)) eagerGraph(join(dirname(entry), path), seen);
  for (const [, path] of code.matchAll(/(?:^|\n)\s*import\s+['"](\.[^'"]+)['"]/g)) eagerGraph(join(dirname(entry), path), seen);
  return seen;
}
if (existsSync('dist/npm/define.js')) {
  const files = [...eagerGraph('dist/npm/define.js')];
  const own = gzip(Buffer.concat(files.map((f) => readFileSync(f))));
  console.log(`npm build, own code loaded eagerly (${files.length} modules, Lit external, unminified): ${own} bytes gzip; the 5 KB budget (${NPM_OWN_BUDGET}) is ${own <= NPM_OWN_BUDGET ? 'met' : 'not met yet'}`);
}
if (over) {
  console.error('The drop-in bundle is over its 12 KB gzip budget.');
  process.exit(1);
}

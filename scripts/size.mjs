// Prints the gzip size of the drop-in bundle a page loads eagerly, and fails when it is over the
// spec's budget (section 6). Measured at zlib's default level, as most servers compress.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 12 * 1024;
let over = false;
for (const file of readdirSync('dist').filter((f) => f.endsWith('.js'))) {
  const bytes = readFileSync(`dist/${file}`);
  const gzip = gzipSync(bytes).length;
  const eager = file === 'tsa-letter-card.js';
  console.log(`dist/${file}: ${bytes.length} bytes, ${gzip} bytes gzip${eager ? ` (budget ${BUDGET})` : ''}`);
  if (eager && gzip > BUDGET) over = true;
}
if (over) {
  console.error('The drop-in bundle is over its 12 KB gzip budget.');
  process.exit(1);
}

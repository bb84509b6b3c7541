// Prints the sizes that matter to a page and fails when a budget is missed (issue 6): the drop-in
// bundle's eager script at most 12 KB gzip (Lit included), and the npm build's own eager code at
// most 5 KB gzip. Measured at zlib's default level, as most servers compress.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const DROP_IN_BUDGET = 12 * 1024;
const NPM_OWN_BUDGET = 5 * 1024;
const gzip = (bytes) => gzipSync(bytes).length;
const over = [];

for (const file of readdirSync('dist').filter((f) => f.endsWith('.js'))) {
  const bytes = readFileSync(`dist/${file}`);
  const eager = file === 'tsa-letter-card.js';
  console.log(`dist/${file}: ${bytes.length} bytes, ${gzip(bytes)} bytes gzip${eager ? ` (drop-in, loaded eagerly; budget ${DROP_IN_BUDGET})` : ' (lazy)'}`);
  if (eager && gzip(bytes) > DROP_IN_BUDGET) over.push('the drop-in bundle');
}

// The npm build as an app ships it: bundled and minified by Vite from `import 'tsa-letter-card'`,
// Lit and jsPDF left to the app. Counted: the files a page loads before the toggle answers (the
// entry and what it imports statically), each gzipped on its own, as each is one response.
const [{ output }] = await build({
  configFile: false,
  logLevel: 'silent',
  build: {
    write: false,
    target: 'es2022',
    minify: true,
    lib: { entry: 'dist/npm/define.js', formats: ['es'], fileName: 'app' },
    rollupOptions: { external: [/^lit($|\/)/, /^@lit\//, /^jspdf($|\/)/], output: { minify: true } },
  },
});
const chunks = new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
const eager = new Set();
const visit = (name) => {
  const chunk = chunks.get(name);
  if (!chunk || eager.has(chunk)) return;
  eager.add(chunk);
  chunk.imports.forEach(visit);
};
visit(output.find((o) => o.type === 'chunk' && o.isEntry).fileName);
const eagerBytes = [...eager].reduce((sum, c) => sum + gzip(c.code), 0);
const lazyBytes = [...chunks.values()].filter((c) => !eager.has(c) && !c.fileName.startsWith('letter-pdf')).reduce((sum, c) => sum + gzip(c.code), 0);
console.log(`npm build in an app (Vite, minified, Lit external): ${eagerBytes} bytes gzip loaded eagerly in ${eager.size} files (budget ${NPM_OWN_BUDGET}); the card's code once the toggle is on: ${lazyBytes} bytes gzip more`);
if (eagerBytes > NPM_OWN_BUDGET) over.push("the npm build's own eager code");

if (over.length) {
  console.error(`Over budget: ${over.join(', ')}.`);
  process.exit(1);
}

// Prints the gzip size of the drop-in bundle that a page loads eagerly.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const files = readdirSync('dist').filter((f) => f.endsWith('.js'));
for (const file of files) {
  const bytes = readFileSync(`dist/${file}`);
  console.log(`dist/${file}: ${(bytes.length / 1024).toFixed(1)} KB, ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1)} KB gzip`);
}

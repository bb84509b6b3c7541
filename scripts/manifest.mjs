// Generates custom-elements.json from the JSDoc on the element, and docs/api.md's reference from
// it; `--check` fails when either differs from a fresh generation (neither is written by hand).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const check = process.argv.includes('--check');
// The analyzer takes --outdir relative to the working directory.
const outdir = check ? join('node_modules', '.cache', 'tsa-manifest-check') : '.';
if (check) mkdirSync(outdir, { recursive: true });
const result = spawnSync(
  join('node_modules', '.bin', 'cem'),
  // Globs and options in custom-elements-manifest.config.mjs.
  ['analyze', '--outdir', outdir, '--quiet'],
  { stdio: 'inherit' },
);
if (result.status !== 0) process.exit(result.status ?? 1);
if (check) {
  const fresh = readFileSync(join(outdir, 'custom-elements.json'), 'utf8');
  rmSync(outdir, { recursive: true, force: true });
  let committed = '';
  try {
    committed = readFileSync('custom-elements.json', 'utf8');
  } catch {}
  if (fresh !== committed) {
    console.error('custom-elements.json is out of date: run `npm run manifest` and commit the result.');
    process.exit(1);
  }
  console.log('custom-elements.json matches the source.');
}
// The API reference (docs/api.md) is rendered from the manifest, and checked with it.
const reference = spawnSync('node', ['scripts/api-reference.mjs', ...(check ? ['--check'] : [])], { stdio: 'inherit' });
if (reference.status !== 0) process.exit(reference.status ?? 1);

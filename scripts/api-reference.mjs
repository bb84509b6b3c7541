// Renders the API reference (docs/api.md) from custom-elements.json, between two markers, so the
// reference is written once (as JSDoc on the class). `--check` fails when docs/api.md is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { splice, table } from './markdown.mjs';

const START = '<!-- api-reference:start (generated from custom-elements.json by npm run manifest) -->';
const END = '<!-- api-reference:end -->';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const card = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'tsa-letter-card');
const cell = (text = '') => String(text).replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => (text ? `\`${cell(text)}\`` : '');

const fields = card.members.filter((m) => m.kind === 'field' && m.privacy !== 'private' && !m.static);
const attributes = new Map(card.attributes.map((a) => [a.fieldName ?? a.name, a]));
const rows = fields.map((f) => [code(attributes.get(f.name)?.name ?? (f.name === 'state' ? 'state' : '')), code(f.name), code(f.type?.text), code(f.default), cell(`${f.readonly ? 'Read-only. ' : ''}${f.description ?? ''}`)]);
const statics = card.members.filter((m) => m.static && m.privacy !== 'private' && m.name !== 'styles' && m.name !== 'properties');

const reference = [
  START,
  `## Reference`,
  '',
  cell(card.summary),
  '',
  '**Attributes and properties**',
  '',
  table(['attribute', 'property', 'type', 'default', 'description'], rows),
  '',
  ...statics.map((s) => `${code(`TsaLetterCard.${s.name}`)} (static): ${cell(s.description)}\n`),
  '**Events** (all bubble and are composed)',
  '',
  table(['event', 'type', 'description'], card.events.map((e) => [code(e.name), code(e.type?.text), cell(e.description)])),
  '',
  '**Slots** (the page\'s own words)',
  '',
  table(['slot', 'description'], (card.slots ?? []).map((slot) => [code(`slot="${slot.name}"`), cell(slot.description)])),
  '',
  '**CSS parts**',
  '',
  table(['part', 'description'], card.cssParts.map((p) => [code(`::part(${p.name})`), cell(p.description)])),
  '',
  '**CSS custom properties**',
  '',
  table(['property', 'default', 'description'], card.cssProperties.map((p) => [code(p.name), code(p.default), cell(p.description)])),
  '',
  '**Custom states**, also reflected in the `state` attribute',
  '',
  table(['state', 'description'], (card.cssStates ?? []).map((s) => [code(`:state(${s.name})`), cell(s.description)])),
  END,
].join('\n');

const PAGE = 'docs/api.md';
const readme = readFileSync(PAGE, 'utf8');
const fresh = splice(readme, START, END, reference);
if (fresh === undefined) throw new Error(`${PAGE} has no "${START}" marker.`);
if (process.argv.includes('--check')) {
  if (fresh !== readme) {
    console.error(`The API reference in ${PAGE} is out of date: run \`npm run manifest\` and commit the result.`);
    process.exit(1);
  }
  console.log(`${PAGE}’s API reference matches custom-elements.json.`);
} else writeFileSync(PAGE, fresh);

import { expect } from '@open-wc/testing';
import { eligibilityOutcome, readEligibility, type Eligibility } from '../src/eligibility.js';
import bare from '../src/mocks/va-api/tsa-letter.a.bare.json';
import arraySnake from '../src/mocks/va-api/tsa-letter.b.array.snake.json';
import emptyList from '../src/mocks/va-api/tsa-letter.b.empty.json';
import currentCamel from '../src/mocks/va-api/tsa-letter.d.camel.json';
import none from '../src/mocks/va-api/tsa-letter.d.none.json';
import currentSnake from '../src/mocks/va-api/tsa-letter.d.snake.json';
import withContent from '../src/mocks/va-api/tsa-letter.d.with-content.camel.json';

const currentLetter = {
  documentId: 'c75438b4-47f8-44d3-9e35-798158591456',
  documentVersion: '920debba-cc65-479c-ab47-db9b2a5cd95f',
  date: '2025-09-09T14:18:53',
};

/** Turns every snake_case key of a payload to camelCase, as `X-Key-Inflection: camel` would. */
function camel(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(camel);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()), camel(v)]),
    );
  }
  return value;
}

describe('readEligibility: every shape the API has had', () => {
  const cases: [string, unknown, Eligibility][] = [
    ['D, snake_case', currentSnake, { eligible: true, letter: currentLetter }],
    ['D, camelCase', currentCamel, { eligible: true, letter: currentLetter }],
    [
      'D with name and paragraphs',
      withContent,
      {
        eligible: true,
        letter: {
          ...currentLetter,
          name: 'TSA PreCheck application fee waiver',
          paragraphs: [
            'This letter confirms that you are eligible for a TSA PreCheck application fee waiver.',
            'You can use this letter to qualify for a TSA PreCheck application fee waiver.',
          ],
        },
      },
    ],
    ['D, no letter', none, { eligible: false }],
    ['B, newest by received_at; a missing date loses', arraySnake, { eligible: true, letter: { documentId: '{3F7A891C-2E4B-4D29-9C6E-5B8F14A07E32}', date: '2025-09-09' } }],
    ['B, camelCase', camel(arraySnake), { eligible: true, letter: { documentId: '{3F7A891C-2E4B-4D29-9C6E-5B8F14A07E32}', date: '2025-09-09' } }],
    ['B, empty', emptyList, { eligible: false }],
    ['A, bare', bare, { eligible: true, letter: { documentId: '{73CD7B28-F695-4337-BBC1-2443A913ACF6}', date: '2024-09-13' } }],
    ['A, camelCase', camel(bare), { eligible: true, letter: { documentId: '{73CD7B28-F695-4337-BBC1-2443A913ACF6}', date: '2024-09-13' } }],
    ['D without a document: eligible, nothing to download officially', { data: { id: '', type: 'tsa_letter', attributes: {} } }, { eligible: true, letter: {} }],
    ['D, a version without an id is ignored', { data: { attributes: { document_version: 'v1' } } }, { eligible: true, letter: {} }],
    ['D, empty paragraphs fall back to the default text', { data: { attributes: { document_id: 'x', description: { paragraphs: [] } } } }, { eligible: true, letter: { documentId: 'x' } }],
    ['D, paragraphs of the wrong type fall back', { data: { attributes: { document_id: 'x', description: { paragraphs: [1, 2] } } } }, { eligible: true, letter: { documentId: 'x' } }],
    ['B, a single record without a date', { data: [{ attributes: { document_id: 'only' } }] }, { eligible: true, letter: { documentId: 'only' } }],
  ];
  for (const [name, payload, expected] of cases) {
    it(name, () => expect(readEligibility(payload)).to.deep.equal(expected));
  }
});

describe('readEligibility: payloads that are none of the shapes', () => {
  const cases: [string, unknown][] = [
    ['undefined (not JSON)', undefined],
    ['null', null],
    ['a string', '<html>Sign in</html>'],
    ['a number', 42],
    ['an array at the top', [currentSnake]],
    ['an empty object', {}],
    ['data is a string', { data: 'letter' }],
    ['data is a number', { data: 1 }],
    ['data without attributes', { data: { id: '', type: 'tsa_letter' } }],
    ['attributes is a string', { data: { attributes: 'x' } }],
    ['document_id is a number', { data: { attributes: { document_id: 123, document_version: 'v' } } }],
    ['document_id is empty', { data: { attributes: { document_id: '', document_version: 'v' } } }],
    ['document_version is an object', { data: { attributes: { document_id: 'x', document_version: {} } } }],
    ['modified_datetime is a number', { data: { attributes: { document_id: 'x', modified_datetime: 20250909 } } }],
    ['B with a record that is not an object', { data: [null] }],
    ['B with a record without a document id', { data: [{ attributes: { received_at: '2025-01-01' } }] }],
    ['A without a document id', { doc_type: '34', received_at: '2024-09-13' }],
    ['A with a numeric document id', { document_id: 7 }],
  ];
  for (const [name, payload] of cases) {
    it(name, () => expect(readEligibility(payload)).to.equal(undefined));
  }
});

describe('eligibilityOutcome: the API’s status table', () => {
  const cases: [number, unknown, string][] = [
    [200, currentSnake, 'eligible'],
    [200, none, 'not-eligible'],
    [200, emptyList, 'not-eligible'],
    [200, undefined, 'eligibility-error'],
    [200, { data: 5 }, 'eligibility-error'],
    [401, { errors: [] }, 'unauthorized'],
    [403, { errors: [] }, 'unauthorized'],
    [404, { errors: [] }, 'not-eligible'],
    [422, { errors: [] }, 'eligibility-error'],
    [429, undefined, 'eligibility-error'],
    [500, { errors: [] }, 'eligibility-error'],
    [502, undefined, 'eligibility-error'],
    [503, { errors: [] }, 'eligibility-error'],
    [504, undefined, 'eligibility-error'],
    [400, { errors: [] }, 'eligibility-error'],
    [204, undefined, 'eligibility-error'],
    [201, currentSnake, 'eligibility-error'],
  ];
  for (const [status, payload, state] of cases) {
    it(`${status} with ${payload === undefined ? 'no JSON' : JSON.stringify(payload).slice(0, 40)} → ${state}`, () =>
      expect(eligibilityOutcome(status, payload).state).to.equal(state));
  }
});

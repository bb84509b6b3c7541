import { expect } from '@open-wc/testing';
import { camelCase } from '../src/api-paths.js';
import { readToggle } from '../src/toggle.js';
import allFeatures from '../src/mocks/va-api/feature-toggles.all-features.json';
import off from '../src/mocks/va-api/feature-toggles.off.json';
import on from '../src/mocks/va-api/feature-toggles.on.json';

describe('readToggle', () => {
  const feature = 'tsa_safe_travel_letter';
  const list = (...features: unknown[]) => ({ data: { type: 'feature_toggles', features } });
  const cases: [string, unknown, boolean | undefined][] = [
    ['on', on, true],
    ['off', off, false],
    ['every toggle, both spellings', allFeatures, true],
    ['camelCase spelling only', list({ name: 'tsaSafeTravelLetter', value: true }), true],
    ['snake_case spelling only, off', list({ name: 'tsa_safe_travel_letter', value: false }), false],
    ['another toggle only', list({ name: 'letters_page_new_design', value: true }), undefined],
    ['an empty list', list(), undefined],
    ['value "true" as a string', list({ name: feature, value: 'true' }), undefined],
    ['value 1', list({ name: feature, value: 1 }), undefined],
    ['value null', list({ name: feature, value: null }), undefined],
    ['an entry that is not an object', list(null, 'tsa_safe_travel_letter'), undefined],
    ['features is an object', { data: { features: { tsa_safe_travel_letter: true } } }, undefined],
    ['no data', { errors: [] }, undefined],
    ['not JSON', undefined, undefined],
    ['null', null, undefined],
  ];
  for (const [name, payload, expected] of cases) {
    it(name, () => expect(readToggle(payload, feature)).to.equal(expected));
  }

  it('reads any toggle name, not only the default one', () => {
    expect(readToggle(allFeatures, 'letters_page_new_design')).to.equal(true);
  });

  const spellings: [string, string][] = [
    ['tsa_safe_travel_letter', 'tsaSafeTravelLetter'],
    ['letters_page_new_design', 'lettersPageNewDesign'],
    ['feature_2fa', 'feature2fa'],
    ['already', 'already'],
  ];
  for (const [snake, expected] of spellings) {
    it(`camelCase(${snake}) is ${expected}`, () => expect(camelCase(snake)).to.equal(expected));
  }
});

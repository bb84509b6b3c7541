import { expect } from '@open-wc/testing';
import { downloadUrl, eligibilityUrl, toggleUrl } from '../src/api-paths.js';

describe('API URLs', () => {
  const cases: [string, string, string][] = [
    ['toggle, same origin', toggleUrl('', 'tsa_safe_travel_letter'), '/v0/feature_toggles?features=tsa_safe_travel_letter'],
    ['toggle, api.va.gov', toggleUrl('https://api.va.gov', 'tsa_safe_travel_letter'), 'https://api.va.gov/v0/feature_toggles?features=tsa_safe_travel_letter'],
    ['toggle, a trailing slash on the base', toggleUrl('https://api.va.gov/', 'x'), 'https://api.va.gov/v0/feature_toggles?features=x'],
    ['toggle, a name that needs encoding', toggleUrl('', 'a&b'), '/v0/feature_toggles?features=a%26b'],
    ['eligibility', eligibilityUrl('https://api.va.gov'), 'https://api.va.gov/v0/tsa_letter'],
    [
      'download with a version',
      downloadUrl('', 'c75438b4-47f8-44d3-9e35-798158591456', '920debba-cc65-479c-ab47-db9b2a5cd95f'),
      '/v0/tsa_letter/c75438b4-47f8-44d3-9e35-798158591456/version/920debba-cc65-479c-ab47-db9b2a5cd95f/download',
    ],
    ['download without a version, braces encoded', downloadUrl('', '{73CD7B28-F695-4337-BBC1-2443A913ACF6}'), '/v0/tsa_letter/%7B73CD7B28-F695-4337-BBC1-2443A913ACF6%7D'],
    ['ids that would escape their segment', downloadUrl('', '../x', 'a/b?c#d'), '/v0/tsa_letter/..%2Fx/version/a%2Fb%3Fc%23d/download'],
    ['an id that is a dot segment', downloadUrl('', '..', '.'), '/v0/tsa_letter/%2E%2E/version/%2E/download'],
  ];
  for (const [name, actual, expected] of cases) {
    it(name, () => expect(actual).to.equal(expected));
  }
});

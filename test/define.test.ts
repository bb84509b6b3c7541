// Its own file, and without the test support (which registers the card): here the tag is taken by
// an older copy before this package's defining module runs.
import { expect } from '@open-wc/testing';

describe('Registering the tag when another copy already has', () => {
  it('another version: no throw, one warning naming both versions; the older copy keeps the tag', async () => {
    class OlderCopy extends HTMLElement {
      static version = '0.0.9';
    }
    customElements.define('tsa-letter-card', OlderCopy);
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const { TsaLetterCard } = await import('../src/define.js');
      await import('../src/define.js'); // the same module again: evaluated once
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(TsaLetterCard.version).and.contain('0.0.9');
      expect(customElements.get('tsa-letter-card')).to.equal(OlderCopy);
    } finally {
      console.warn = warn;
    }
  });
});

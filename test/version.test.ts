import { expect } from '@open-wc/testing';
import pkg from '../package.json';
import { version } from '../src/version.js';

describe('version', () => {
  it('src/version.ts says the package’s version', () => expect(version).to.equal(pkg.version));
});

import { expect } from '@open-wc/testing';
import { InMemoryProvider, OpenFeature } from '@openfeature/web-sdk';
import currentSnake from '../src/mocks/va-api/tsa-letter.d.snake.json';
import { eligibility, recordEvents, requests, settle, use } from './support/card.js';
import type { TsaLetterCard } from '../src/define.js';

/** A card whose toggle comes from the page, connected after the source is set. */
async function cardWith(source: TsaLetterCard['flagSource']): Promise<TsaLetterCard> {
  const el = document.createElement('tsa-letter-card');
  el.flagSource = source;
  document.body.append(el);
  return el;
}

describe('flagSource: an object with isEnabled(name, signal)', () => {
  const events = recordEvents();

  it('true: the card, and no toggle request', async () => {
    use(eligibility(currentSnake));
    const asked: [string, boolean][] = [];
    const el = await cardWith({ isEnabled: async (name, signal) => (asked.push([name, signal instanceof AbortSignal]), true) });
    await settle(el, 'eligible');
    expect(asked).to.deep.equal([['tsa_safe_travel_letter', true]]);
    expect(requests.map((r) => new URL(r.url).pathname)).to.deep.equal(['/v0/tsa_letter']);
    el.remove();
  });

  it('false: nothing, and no eligibility request', async () => {
    const el = await cardWith({ isEnabled: () => false });
    await settle(el, 'flag-off');
    expect(requests).to.deep.equal([]);
    el.remove();
  });

  it('a throw means off, with a flag error', async () => {
    const el = await cardWith({
      isEnabled: async () => {
        throw new Error('flag service down');
      },
    });
    await settle(el, 'flag-off');
    expect(events.of('tsa-letter-error')[0].phase).to.equal('flag');
    el.remove();
  });

  it('a truthy non-boolean is not on', async () => {
    const el = await cardWith({ isEnabled: async () => 'yes' as unknown as boolean });
    await settle(el, 'flag-off');
    el.remove();
  });
});

describe('flagSource: an OpenFeature client, with the real web SDK and its in-memory provider', () => {
  const flag = (defaultVariant: 'on' | 'off') => ({ tsa_safe_travel_letter: { variants: { on: true, off: false }, defaultVariant, disabled: false } });
  let provider: InMemoryProvider;
  beforeEach(async () => {
    provider = new InMemoryProvider(flag('on'));
    await OpenFeature.setProviderAndWait(provider);
  });
  afterEach(() => OpenFeature.clearProviders());

  it('on: the card', async () => {
    use(eligibility(currentSnake));
    const el = await cardWith(OpenFeature.getClient());
    await settle(el, 'eligible');
    el.remove();
  });

  it('off: nothing', async () => {
    await provider.putConfiguration(flag('off'));
    const el = await cardWith(OpenFeature.getClient());
    await settle(el, 'flag-off');
    el.remove();
  });

  it('an error (the flag is unknown to the provider) means off', async () => {
    await provider.putConfiguration({});
    const el = await cardWith(OpenFeature.getClient());
    await settle(el, 'flag-off');
    el.remove();
  });

  it('a live flip from on to off hides the card without a page load, and back', async () => {
    use(eligibility(currentSnake));
    const el = await cardWith(OpenFeature.getClient());
    await settle(el, 'eligible');
    await provider.putConfiguration(flag('off'));
    await settle(el, 'flag-off');
    expect(el.getBoundingClientRect().height).to.equal(0);
    await provider.putConfiguration(flag('on'));
    await settle(el, 'eligible');
    el.remove();
  });

  it('a removed card stops listening to the provider', async () => {
    use(eligibility(currentSnake));
    const el = await cardWith(OpenFeature.getClient());
    await settle(el, 'eligible');
    el.remove();
    await provider.putConfiguration(flag('off'));
    expect(el.state).to.equal('eligible');
  });
});

import { expect, waitUntil } from '@open-wc/testing';
import React from 'react';
import ReactDOM from 'react-dom';
import ReactDOMClient from 'react-dom/client';
import { TsaLetterCard } from '../src/react.js';
import type { StateDetail } from '../src/events.js';
import currentSnake from '../src/mocks/va-api/tsa-letter.d.snake.json';
import { downloadLink, eligibility, recordEvents, toggle, use } from './support/card.js';

describe('React 18: the @lit/react wrapper', () => {
  recordEvents();

  it('renders the card, passes properties, and hands its events to typed props', async () => {
    use(toggle(true), eligibility(currentSnake));
    const states: StateDetail[] = [];
    const apis: string[] = [];
    const host = document.createElement('div');
    document.body.append(host);
    const root = ReactDOMClient.createRoot(host);
    ReactDOM.flushSync(() =>
      root.render(
        React.createElement(TsaLetterCard, {
          headingLevel: 2,
          pdf: 'generated',
          recipientName: 'María José Núñez',
          onTsaLetterState: (e) => states.push(e.detail),
          onTsaLetterApi: (e) => apis.push(e.detail.api),
        }),
      ),
    );
    const card = host.querySelector('tsa-letter-card')!;
    expect(card, 'the wrapper renders the custom element').to.exist;
    await waitUntil(() => card.getAttribute('state') === 'eligible', 'the card never became eligible');
    expect(states.map((s) => s.state)).to.deep.equal(['loading-flag', 'loading-eligibility', 'eligible']);
    expect(apis).to.deep.equal(['GET /v0/feature_toggles', 'GET /v0/tsa_letter']);
    expect(card.recipientName, 'a property, not an attribute').to.equal('María José Núñez');
    expect(card.hasAttribute('recipientname')).to.equal(false);
    expect(card.shadowRoot!.querySelector('h2')!.textContent).to.equal('TSA PreCheck Application Fee Waiver Letter');
    expect(downloadLink(card)).to.exist;
    root.unmount();
    host.remove();
  });
});

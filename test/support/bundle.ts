/** The drop-in bundle (`dist/`, built by `npm test` first) loaded as a page loads it, and its card. */
import { fixture, html, waitUntil } from '@open-wc/testing';

export interface Card extends HTMLElement {
  state: string;
  pdf: string;
}

export const bundle = '/dist/tsa-letter-card.js';

before(async () => {
  await import(/* @vite-ignore */ bundle);
  await customElements.whenDefined('tsa-letter-card');
});

export async function mount(attributes: string): Promise<Card> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.innerHTML = `<tsa-letter-card ${attributes}></tsa-letter-card>`;
  return host.firstElementChild as Card;
}

export const reach = (el: Card, state: string) => waitUntil(() => el.state === state, `never reached "${state}" (now "${el.state}")`, { timeout: 8000 });
export const link = (el: Card) => el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="download"]')!;
export const alertShown = (el: Card) => el.shadowRoot!.querySelector('[role="alert"]');

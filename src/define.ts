import { TsaLetterCard } from './tsa-letter-card.js';

export * from './tsa-letter-card.js';
export type * from './events.js';

// Registering twice (the script loaded twice) must never throw into the host page.
if (!customElements.get('tsa-letter-card')) customElements.define('tsa-letter-card', TsaLetterCard);

declare global {
  interface HTMLElementTagNameMap {
    'tsa-letter-card': TsaLetterCard;
  }
}

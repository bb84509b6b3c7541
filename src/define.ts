import { TsaLetterCard } from './tsa-letter-card.js';

export * from './tsa-letter-card.js';
export type * from './events.js';

// Registering twice (the script loaded twice) must never throw into the host page: the same version
// is silent, another version warns, naming both.
const registered = customElements.get('tsa-letter-card') as { version?: string } | undefined;
if (!registered) customElements.define('tsa-letter-card', TsaLetterCard);
else if (registered.version !== TsaLetterCard.version) {
  console.warn(`<tsa-letter-card> ${TsaLetterCard.version} not registered: version ${registered.version} is already.`);
}

declare global {
  interface HTMLElementTagNameMap {
    'tsa-letter-card': TsaLetterCard;
  }
}

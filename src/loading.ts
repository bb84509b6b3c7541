import { css, html, type TemplateResult } from 'lit';

/**
 * What the card shows before its code (`card.ts`) arrives: the loading message of
 * `loading-eligibility`, drawn as the eligibility request leaves, while the network is awaited,
 * rather than when the card's code arrives, where the answer would wait for its frame. With it, the
 * host's box and type, which every later state shares (the look is in `styles.ts`).
 */

/** VA's loading indicator: a spinner centred above its message, for a polite live region around it. */
export function loading(message: string): TemplateResult {
  return html`<div class="loading"><div class="spinner" aria-hidden="true"></div>${message}</div>`;
}

/**
 * The host a block from the first render on: a host turning from inline to block when the card's
 * code arrives has Firefox rebuild the card's accessible tree, and the live region's news of that
 * moment is never spoken.
 */
export const loadingStyles = css`
  :host {
    display: block;
    color: var(--tsa-letter-card-color, var(--vads-color-base, #1b1b1b));
    font-family: var(--tsa-letter-card-font-family, 'Source Sans Pro Web', 'Source Sans Pro', 'Helvetica Neue', Helvetica, Roboto, Arial, sans-serif);
    font-size: 1rem;
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }

  * {
    box-sizing: border-box;
  }

  /* va-loading-indicator: a block 16px down, a ~50px spinner centred above the centred message. */
  .loading {
    font-size: 1.06rem;
    text-align: center;
  }
  .spinner {
    height: 4rem;
    margin-top: var(--vads-spacing-2, 16px);
  }
  .spinner::after {
    content: '';
    display: inline-block;
    width: 2.1875rem;
    height: 2.1875rem;
    margin: 1px;
    border: 8px solid;
    border-color: var(--tsa-letter-card-link-color, var(--vads-color-primary, #005ea2)) transparent;
    border-radius: 50%;
    animation: spin 1.5s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner::after {
      animation: none;
    }
  }

  @media (forced-colors: active) {
    .spinner::after {
      border-color: CanvasText Canvas;
    }
  }
`;

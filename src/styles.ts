import { css } from 'lit';

/**
 * VA Design System look without VA's components (design.md). Each value reads a card custom
 * property first, then VA's `--vads-*` token, then the token's value: a page can theme the card
 * from any ancestor, VA.gov's tokens apply where they exist, and the card stands on its own
 * elsewhere. Part of the card's lazy code (`card.ts`), adopted into the shadow root when it arrives.
 */
export const styles = css`
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

  p {
    margin: 0 0 var(--vads-spacing-2, 16px);
  }

  .card {
    background: var(--tsa-letter-card-background, var(--vads-color-white, #fff));
    border: 1px solid var(--tsa-letter-card-border-color, var(--vads-color-gray-medium, #757575));
    padding: var(--vads-spacing-2, 16px);
    overflow-wrap: break-word;
  }

  .heading {
    font-family: var(--tsa-letter-card-heading-font-family, Bitter, Georgia, Cambria, 'Times New Roman', Times, serif);
    font-size: 1.25rem;
    font-weight: 700;
    line-height: 1.3;
    margin: 0 0 var(--vads-spacing-2, 16px);
  }

  a {
    color: var(--tsa-letter-card-link-color, var(--vads-color-primary, #005ea2));
  }
  a:visited {
    color: var(--vads-color-link-visited, #54278f);
  }
  a:hover {
    color: var(--vads-color-primary-dark, #1a4480);
  }
  a:active {
    color: var(--vads-color-primary-darker, #162e51);
  }
  a:focus-visible {
    outline: 2px solid var(--tsa-letter-card-focus-color, var(--vads-color-action-focus-on-light, #face00));
    outline-offset: 2px;
  }

  .download {
    margin: 0;
  }
  .download a {
    display: inline-flex;
    gap: var(--vads-spacing-1, 8px);
  }
  .download svg {
    flex: none;
    width: 1em;
    height: 1em;
    /* On the first line of a link that wraps, not in the middle of it. */
    margin-top: 0.25em;
    fill: currentColor;
  }
  a[href^='tel:'] {
    white-space: nowrap;
  }
  abbr {
    text-decoration: none;
  }

  .loading {
    display: flex;
    align-items: center;
    gap: var(--vads-spacing-2, 16px);
    padding: var(--vads-spacing-2, 16px) 0;
  }
  .card .loading {
    padding-bottom: 0;
  }
  .spinner {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    border: 3px solid var(--tsa-letter-card-border-color, var(--vads-color-gray-medium, #757575));
    border-top-color: var(--tsa-letter-card-link-color, var(--vads-color-primary, #005ea2));
    border-radius: 50%;
    animation: spin 1s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }

  .alert {
    display: flex;
    gap: var(--vads-spacing-2, 16px);
    background: var(--tsa-letter-card-alert-background, var(--vads-color-base-lightest, #f0f0f0));
    border-left: 8px solid var(--tsa-letter-card-warning-color, var(--vads-color-warning, #ffbe2e));
    padding: var(--vads-spacing-2, 16px);
  }
  @media (min-width: 480px) {
    .alert {
      padding-left: var(--vads-spacing-3, 24px);
    }
  }
  .error {
    border-left-color: var(--tsa-letter-card-error-color, var(--vads-color-error, #d54309));
  }
  .card .alert {
    margin-top: var(--vads-spacing-2, 16px);
  }
  .alert svg {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin-top: 2px;
  }
  .alert .heading {
    margin-bottom: var(--vads-spacing-1, 8px);
  }
  .alert p {
    margin: 0;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }

  @media (forced-colors: active) {
    .card,
    .alert {
      border-color: CanvasText;
    }
    .spinner {
      border-color: CanvasText;
      border-top-color: Highlight;
    }
    .alert svg {
      fill: CanvasText;
    }
    a:focus-visible {
      outline-color: Highlight;
    }
  }
`;

import { css } from 'lit';

/**
 * VA Design System look without VA's components (design.md): every value reads a `--vads-*` token
 * where the page defines one, through a card-level custom property a host page can theme.
 */
export const styles = css`
  :host {
    --tsa-letter-card-font-family: var(--vads-font-family-sans, 'Source Sans Pro Web', 'Source Sans Pro', 'Helvetica Neue', Helvetica, Roboto, Arial, sans-serif);
    --tsa-letter-card-heading-font-family: var(--vads-font-family-serif, Bitter, Georgia, Cambria, 'Times New Roman', Times, serif);
    --tsa-letter-card-color: var(--vads-color-base, #1b1b1b);
    --tsa-letter-card-background: var(--vads-color-white, #ffffff);
    --tsa-letter-card-border-color: var(--vads-color-gray-medium, #757575);
    --tsa-letter-card-link-color: var(--vads-color-primary, #005ea2);
    --tsa-letter-card-link-hover-color: var(--vads-color-primary-dark, #1a4480);
    --tsa-letter-card-link-active-color: var(--vads-color-primary-darker, #162e51);
    --tsa-letter-card-focus-color: var(--vads-color-action-focus-on-light, #face00);
    --tsa-letter-card-alert-background: var(--vads-color-base-lightest, #f0f0f0);
    --tsa-letter-card-warning-color: var(--vads-color-warning, #ffbe2e);
    --tsa-letter-card-error-color: var(--vads-color-error, #d54309);
    --tsa-letter-card-space-1: var(--vads-spacing-1, 8px);
    --tsa-letter-card-space-2: var(--vads-spacing-2, 16px);
    --tsa-letter-card-space-3: var(--vads-spacing-3, 24px);

    display: block;
    color: var(--tsa-letter-card-color);
    font-family: var(--tsa-letter-card-font-family);
    font-size: 1rem;
    line-height: 1.5;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  p {
    margin: 0 0 var(--tsa-letter-card-space-2);
  }

  .card {
    background: var(--tsa-letter-card-background);
    border: 1px solid var(--tsa-letter-card-border-color);
    padding: var(--tsa-letter-card-space-2);
    overflow-wrap: break-word;
  }

  .heading {
    font-family: var(--tsa-letter-card-heading-font-family);
    font-size: 1.25rem;
    font-weight: 700;
    line-height: 1.3;
    margin: 0 0 var(--tsa-letter-card-space-2);
  }

  a {
    color: var(--tsa-letter-card-link-color);
    text-decoration: underline;
  }
  a:visited {
    color: var(--vads-color-link-visited, #54278f);
  }
  a:hover {
    color: var(--tsa-letter-card-link-hover-color);
  }
  a:active {
    color: var(--tsa-letter-card-link-active-color);
  }
  a:focus-visible {
    outline: 2px solid var(--tsa-letter-card-focus-color);
    outline-offset: 2px;
  }

  .download {
    margin: 0;
  }
  .download a {
    display: inline-flex;
    align-items: baseline;
    gap: var(--tsa-letter-card-space-1);
  }
  .download svg {
    flex: none;
    width: 1em;
    height: 1em;
    /* On the first line of a link that wraps, not in the middle of it. */
    align-self: flex-start;
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
    gap: var(--tsa-letter-card-space-2);
    padding: var(--tsa-letter-card-space-2) 0;
  }
  .card .loading {
    padding-bottom: 0;
  }
  .spinner {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    border: 3px solid var(--tsa-letter-card-border-color);
    border-top-color: var(--tsa-letter-card-link-color);
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
    gap: var(--tsa-letter-card-space-2);
    background: var(--tsa-letter-card-alert-background);
    border-left: 8px solid var(--tsa-letter-card-warning-color);
    padding: var(--tsa-letter-card-space-2);
  }
  @media (min-width: 480px) {
    .alert {
      padding-left: var(--tsa-letter-card-space-3);
    }
  }
  .alert.error {
    border-left-color: var(--tsa-letter-card-error-color);
  }
  .card .alert {
    margin-top: var(--tsa-letter-card-space-2);
  }
  .alert svg {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin-top: 2px;
  }
  .alert .heading {
    margin-bottom: var(--tsa-letter-card-space-1);
  }
  .alert p {
    margin: 0;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
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

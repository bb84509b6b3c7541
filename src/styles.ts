import { css } from 'lit';

/**
 * VA Design System look without VA's components. Each value reads a card custom
 * property first, then VA's `--vads-*` token, then the token's value: a page can theme the card
 * from any ancestor, VA.gov's tokens apply where they exist, and the card stands on its own
 * elsewhere. Part of the card's lazy code (`card.ts`), adopted into the shadow root when it arrives;
 * the host's own look and the loading message's come first, with the element (`loading.ts`).
 */
export const styles = css`
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
    /* va-link download's icon stands 4px from its text. Top-aligned: the line is the text's own
       height, with no room below it for a baseline. */
    gap: var(--vads-spacing-0p5, 4px);
    vertical-align: top;
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

  /* va-alert: an 8px coloured edge, a 32px icon, the text 40px in beside it. */
  .alert {
    background: var(--tsa-letter-card-warning-background, var(--vads-color-warning-lighter, #faf3d1));
    border-left: 8px solid var(--tsa-letter-card-warning-color, var(--vads-color-warning, #ffbe2e));
  }
  .alert.error {
    background: var(--tsa-letter-card-error-background, var(--vads-color-error-lighter, #f4e3db));
    border-left-color: var(--tsa-letter-card-error-color, var(--vads-color-error, #d54309));
  }
  .card .alert,
  .panel .alert {
    margin-top: var(--vads-spacing-2, 16px);
  }
  .alert-body {
    position: relative;
    display: flex;
    flex-direction: column;
    justify-content: center;
    min-height: 3.3333rem;
    padding: var(--vads-spacing-2, 16px) 1.25rem;
    font-size: 1.06rem;
    line-height: 1.5;
  }
  .alert-body > svg {
    position: absolute;
    left: 1.0833rem;
    top: 0.6667rem;
    width: 2rem;
    height: 2rem;
    fill: currentColor;
  }
  .alert-body > div {
    margin-left: 2.5rem;
  }
  .alert .heading {
    font-size: 1.33rem;
    line-height: 1.5;
    margin: 0 0 var(--vads-spacing-1, 8px);
  }
  .alert p {
    margin: 1em 0;
  }

  /* One item of va-accordion bordered: a grey header bar with a plus or minus, a bordered panel. */
  .accordion-heading {
    margin: 0;
    font-size: 1.06rem;
    line-height: 0.9;
  }
  .accordion-button {
    position: relative;
    display: block;
    width: 100%;
    margin: 0;
    padding: var(--vads-spacing-2, 16px) 3.5rem var(--vads-spacing-2, 16px) 1.25rem;
    border: 0;
    border-radius: 0;
    background: var(--tsa-letter-card-accordion-background, var(--vads-color-base-lightest, #f0f0f0));
    color: inherit;
    font: inherit;
    font-weight: 700;
    line-height: 1.15;
    text-align: left;
    cursor: pointer;
  }
  .accordion-button:hover {
    background: var(--vads-color-base-lighter, #dfe1e2);
  }
  /* :focus, not :focus-visible: va-accordion-item rings its header after a mouse click too. */
  .accordion-button:focus {
    outline: 2px solid var(--tsa-letter-card-focus-color, var(--vads-color-action-focus-on-light, #face00));
    outline-offset: 2px;
  }
  .accordion-button svg {
    position: absolute;
    right: 1.25rem;
    top: 50%;
    width: 1.5rem;
    height: 1.5rem;
    transform: translateY(-50%);
    fill: currentColor;
  }
  .panel {
    background: var(--tsa-letter-card-background, var(--vads-color-white, #fff));
    border: 4px solid var(--tsa-letter-card-accordion-background, var(--vads-color-base-lightest, #f0f0f0));
    border-top: 0;
    padding: var(--vads-spacing-2, 16px) 1.25rem;
    font-size: 1.06rem;
    line-height: 1.5;
    overflow-wrap: break-word;
  }
  .panel[hidden] {
    display: none;
  }
  /* VA's reading width (usa-prose): about 527px of text at a 1024px page. */
  .panel p {
    max-width: 64ex;
    margin: 1em 0;
  }
  /* As vets-website's letters end their panel: the link last, nothing below it (the empty
     progress region takes no space). */
  .panel .download {
    max-width: 64ex;
    margin: 1em 0 0;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    /* pre, not nowrap: the label's trailing space survives layout, so Chromium's text for the
       heading ("Warning Alert Some letters…") equals its name and a screen reader says it once. */
    white-space: pre;
  }

  @media (forced-colors: active) {
    .card,
    .alert,
    .panel {
      border-color: CanvasText;
    }
    .accordion-button {
      border: 1px solid CanvasText;
    }
    .alert svg,
    .accordion-button svg {
      fill: CanvasText;
    }
    .accordion-button:focus,
    a:focus-visible {
      outline-color: Highlight;
    }
  }
`;

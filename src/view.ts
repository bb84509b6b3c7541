import { html, nothing, type TemplateResult } from 'lit';
import { errorIcon, warningIcon } from './icons.js';
import { text } from './text.js';

/** A heading of the page's chosen level (Lit cannot bind a tag name; five small templates cost less than static-html). */
export function heading(level: number, content: string, part?: string): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 class="heading" part=${part ?? nothing}>${content}</h2>`;
    case 4:
      return html`<h4 class="heading" part=${part ?? nothing}>${content}</h4>`;
    case 5:
      return html`<h5 class="heading" part=${part ?? nothing}>${content}</h5>`;
    case 6:
      return html`<h6 class="heading" part=${part ?? nothing}>${content}</h6>`;
    default:
      return html`<h3 class="heading" part=${part ?? nothing}>${content}</h3>`;
  }
}

/** The spinner and its message, for a polite live region around it. */
export function loading(message: string): TemplateResult {
  return html`<div class="loading"><span class="spinner" aria-hidden="true"></span><span>${message}</span></div>`;
}

/**
 * VA's alert (spec 3.4). A warning sits in the card's polite status region; an error is its own
 * `role="alert"`, since it answers the Veteran's click.
 */
export function alert(kind: 'warning' | 'error', level: number, title: string, body: unknown): TemplateResult {
  const error = kind === 'error';
  return html`
    <div class="alert ${kind}" part="alert" role=${error ? 'alert' : nothing}>
      ${error ? errorIcon : warningIcon}<span class="visually-hidden">${error ? text.errorIcon : text.warningIcon}</span>
      <div>
        ${heading(level, title)}
        <p>${body}</p>
      </div>
    </div>
  `;
}

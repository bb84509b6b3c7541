import { html, nothing, type TemplateResult } from 'lit';
import { errorIcon, warningIcon } from './icons.js';
import { text } from './text.js';

/** A heading of the page's chosen level (Lit cannot bind a tag name; five small templates cost less than static-html). */
export function heading(level: number, content: unknown, part?: string, className = 'heading'): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 class=${className} part=${part ?? nothing}>${content}</h2>`;
    case 4:
      return html`<h4 class=${className} part=${part ?? nothing}>${content}</h4>`;
    case 5:
      return html`<h5 class=${className} part=${part ?? nothing}>${content}</h5>`;
    case 6:
      return html`<h6 class=${className} part=${part ?? nothing}>${content}</h6>`;
    default:
      return html`<h3 class=${className} part=${part ?? nothing}>${content}</h3>`;
  }
}

/**
 * VA's alert (spec 3.4). A warning sits in the card's polite status region; an error is its own
 * `role="alert"`, since it answers the Veteran's click. As in `va-alert`, the heading starts with
 * the status, for screen readers only ("Warning Alert Some letters may not be available").
 */
export function alert(kind: 'warning' | 'error', level: number, title: string, body: unknown): TemplateResult {
  const error = kind === 'error';
  return html`
    <div class="alert ${kind}" part="alert" role=${error ? 'alert' : nothing}>
      <div class="alert-body">
        ${error ? errorIcon : warningIcon}
        <div>
          ${heading(level, html`<span class="visually-hidden">${error ? text.errorLabel : text.warningLabel} </span>${title}`)}
          <p>${body}</p>
        </div>
      </div>
    </div>
  `;
}

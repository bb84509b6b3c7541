import { html, nothing, svg, type TemplateResult } from 'lit';
import { heading } from './card-view.js';
import { text } from './text.js';

// The alerts' icons, decorative like the card's own (`icons.ts`).
const warningIcon = svg`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M12 2 23 21.5H1z"/><path fill="#fff" d="M11 9h2v6.5h-2zm0 8h2v2h-2z"/></svg>`;

const errorIcon = svg`<svg viewBox="0 0 24 24" aria-hidden="true"><circle cx="12" cy="12" r="10.5"/><path fill="#fff" d="M11 6.5h2V14h-2zm0 9h2v2h-2z"/></svg>`;

/**
 * VA's alert. A warning sits in the card's polite status region; an error is its own
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

import { svg } from 'lit';

// Simple shapes drawn on a 24-unit grid; decorative, so hidden from assistive technology.
export const downloadIcon = svg`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M10 3h4v8h4l-6 7-6-7h4zM4 19h16v2.5H4z"/></svg>`;

export const warningIcon = svg`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M12 2 23 21.5H1z"/><path fill="#fff" d="M11 9h2v6.5h-2zm0 8h2v2h-2z"/></svg>`;

export const errorIcon = svg`<svg viewBox="0 0 24 24" aria-hidden="true"><circle cx="12" cy="12" r="10.5"/><path fill="#fff" d="M11 6.5h2V14h-2zm0 9h2v2h-2z"/></svg>`;

/** The accordion header's sign: plus while the panel is closed, minus while it is open. */
export const plusIcon = svg`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M11 5h2v6h6v2h-6v6h-2v-6H5v-2h6z"/></svg>`;

export const minusIcon = svg`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M5 11h14v2H5z"/></svg>`;

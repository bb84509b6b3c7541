import { svg } from 'lit';

// Simple shapes drawn on a 24-unit grid; decorative, so hidden from assistive technology.
export const downloadIcon = svg`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M10 3h4v8h4l-6 7-6-7h4zM4 19h16v2.5H4z"/></svg>`;

/** The accordion header's sign: plus while the panel is closed, minus while it is open. */
export const plusIcon = svg`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M11 5h2v6h6v2h-6v6h-2v-6H5v-2h6z"/></svg>`;

export const minusIcon = svg`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M5 11h14v2H5z"/></svg>`;

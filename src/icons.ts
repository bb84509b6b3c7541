import { svg } from 'lit';

// Simple shapes drawn on a 24-unit grid; decorative, so hidden from assistive technology.
export const downloadIcon = svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M10 3h4v8h4l-6 7-6-7h4z"/><rect x="4" y="19" width="16" height="2.5"/></svg>`;

export const warningIcon = svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12 2 23 21.5H1z"/><rect x="11" y="9" width="2" height="6.5" fill="#fff"/><rect x="11" y="17" width="2" height="2" fill="#fff"/></svg>`;

export const errorIcon = svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="10.5"/><rect x="11" y="6.5" width="2" height="7.5" fill="#fff"/><rect x="11" y="15.5" width="2" height="2" fill="#fff"/></svg>`;

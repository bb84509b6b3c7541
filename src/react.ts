/**
 * `<tsa-letter-card>` as a React component, for React 16.8 to 18, which pass neither properties nor
 * custom events to custom elements (tested with 17, vets-website's version, and 18). React 19 does
 * both: use the tag itself there.
 *
 * ```tsx
 * import { TsaLetterCard } from 'tsa-letter-card/react';
 * <TsaLetterCard apiBase="https://api.va.gov" onTsaLetterState={(e) => track(e.detail.state)} />
 * ```
 */
// The default export: React ships CommonJS, and every bundler gives it as the default.
import React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { ApiDetail, DownloadDetail, DownloadedDetail, ErrorDetail, StateDetail } from './events.js';
import { TsaLetterCard as TsaLetterCardElement } from './tsa-letter-card.js';
import './define.js'; // registers the tag: the wrapper renders <tsa-letter-card>

export const TsaLetterCard = createComponent({
  tagName: 'tsa-letter-card',
  elementClass: TsaLetterCardElement,
  react: React,
  events: {
    onTsaLetterState: 'tsa-letter-state' as EventName<CustomEvent<StateDetail>>,
    onTsaLetterApi: 'tsa-letter-api' as EventName<CustomEvent<ApiDetail>>,
    onTsaLetterDownload: 'tsa-letter-download' as EventName<CustomEvent<DownloadDetail>>,
    onTsaLetterDownloaded: 'tsa-letter-downloaded' as EventName<CustomEvent<DownloadedDetail>>,
    onTsaLetterError: 'tsa-letter-error' as EventName<CustomEvent<ErrorDetail>>,
  },
});

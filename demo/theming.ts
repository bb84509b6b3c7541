import { handlers } from '../src/mocks/index.js';
import { serve } from './network.js';

/** The same eligible card twice: as it comes, and themed by the page's CSS (shown beside it). */
export function renderTheming(root: HTMLElement): void {
  serve('theming', handlers('eligible', { apiBase: '/theming' }));
  for (const stage of root.querySelectorAll('.stage')) {
    const card = document.createElement('tsa-letter-card');
    card.setAttribute('api-base', '/theming');
    stage.append(card);
  }
  const css = root.querySelector('#theme')!.textContent!;
  root.querySelector('.theme-css')!.textContent = css.replace(/^\n|\s+$/g, '').replace(/^ {10}/gm, '');
}

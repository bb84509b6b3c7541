import '../src/define.js';
import { renderGallery } from './gallery.js';
import { renderLettersPage } from './letters-page.js';
import { startNetwork } from './network.js';
import { renderPlayground } from './playground.js';
import { renderRollout } from './rollout.js';
import { renderSuccess } from './success.js';
import { renderTheming } from './theming.js';

// VA's components and fonts in a chunk of their own: the demo's, never the card's.
await Promise.all([startNetwork(), import('./va-design-system.js').then((va) => va.loadVaDesignSystem())]);
const section = (id: string) => document.querySelector<HTMLElement>(`#${id}`)!;
// The dashboard first, so that it hears every card's first call.
renderSuccess(section('success'));
renderGallery(section('gallery').querySelector('.tiles')!);
renderLettersPage(section('letters-page'));
renderTheming(section('theming'));
renderPlayground(section('playground'));
renderRollout(section('rollout'));

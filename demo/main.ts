import '../src/define.js';
import { renderGallery } from './gallery.js';
import { startNetwork } from './network.js';
import { renderPlayground } from './playground.js';
import { renderRollout } from './rollout.js';
import { renderSuccess } from './success.js';
import { renderTheming } from './theming.js';

await startNetwork();
const section = (id: string) => document.querySelector<HTMLElement>(`#${id}`)!;
// The dashboard first, so that it hears every card's first call.
renderSuccess(section('success'));
renderGallery(section('gallery').querySelector('.tiles')!);
renderTheming(section('theming'));
renderPlayground(section('playground'));
renderRollout(section('rollout'));

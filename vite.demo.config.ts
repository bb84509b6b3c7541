import { defineConfig } from 'vite';
import { jsPdfExtrasLeftOut } from './vite.config.ts';

// The demo page, with the API mocked by MSW in the browser (the worker script comes from public/).
// Relative base: the static build (npm run build:demo) can be hosted under any path.
export default defineConfig({
  root: 'demo',
  base: './',
  resolve: { alias: jsPdfExtrasLeftOut },
  publicDir: '../public',
  server: { open: false },
  build: { outDir: '../demo-dist', emptyOutDir: true, target: 'es2022' },
});

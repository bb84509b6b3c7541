import { defineConfig } from 'vite';

// The demo page, with the API mocked by MSW in the browser (the worker script comes from public/).
export default defineConfig({
  root: 'demo',
  publicDir: '../public',
  server: { open: false },
  build: { outDir: '../demo-dist', emptyOutDir: true, target: 'es2022' },
});

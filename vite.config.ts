import { defineConfig } from 'vite';

// The drop-in bundle for `<script type="module" src=…/tsa-letter-card.js>`: Lit included, minified.
export default defineConfig({
  build: {
    lib: { entry: 'src/define.ts', formats: ['es'], fileName: () => 'tsa-letter-card.js' },
    outDir: 'dist',
    target: 'es2022',
    copyPublicDir: false,
    minify: true,
  },
});

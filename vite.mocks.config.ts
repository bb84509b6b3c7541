import { defineConfig } from 'vite';

// The QA mocks as the package's `tsa-letter-card/mocks` entry: one ES module for browsers and Node,
// the API payloads inlined (plain Node cannot import JSON without import attributes), msw external.
export default defineConfig({
  build: {
    lib: { entry: 'src/mocks/index.ts', formats: ['es'], fileName: () => 'index.js' },
    outDir: 'dist/mocks',
    emptyOutDir: false,
    target: 'es2022',
    copyPublicDir: false,
    minify: false,
    rollupOptions: { external: [/^msw(\/|$)/] },
  },
});

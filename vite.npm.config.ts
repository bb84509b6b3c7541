import { defineConfig } from 'vite';
import { minifyTemplates } from './vite.config.ts';

// The npm build: ES modules as the source has them (a bundler shakes them), Lit, React and jsPDF
// left to the app, not minified (the app's bundler does that), templates collapsed all the same.
export default defineConfig({
  plugins: [minifyTemplates()],
  build: {
    lib: {
      entry: { 'tsa-letter-card': 'src/tsa-letter-card.ts', define: 'src/define.ts', events: 'src/events.ts', react: 'src/react.ts' },
      formats: ['es'],
    },
    outDir: 'dist/npm',
    emptyOutDir: false,
    target: 'es2022',
    minify: false,
    copyPublicDir: false,
    rollupOptions: {
      external: [/^lit($|\/)/, /^@lit\//, /^react($|\/)/, /^jspdf($|\/)/],
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});

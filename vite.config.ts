import { defineConfig, type Plugin } from 'vite';
// @ts-expect-error: a plain .mjs build script without type declarations
import { minifyLiterals } from './scripts/minify-literals.mjs';

/** Minifies the card's Lit templates (scripts/minify-literals.mjs): JS minifiers leave template text alone. */
export function minifyTemplates(): Plugin {
  return {
    name: 'tsa-minify-templates',
    transform(code, id) {
      return id.includes('/src/') && /\.ts$/.test(id) ? minifyLiterals(code) : null;
    },
  };
}

const notBundled = new URL('./scripts/not-bundled.js', import.meta.url).pathname;
/** jsPDF imports these only for doc.html() and SVG, which the card never calls: never shipped. */
export const jsPdfExtrasLeftOut = { html2canvas: notBundled, dompurify: notBundled, canvg: notBundled };

export default defineConfig({
  plugins: [minifyTemplates()],
  resolve: { alias: jsPdfExtrasLeftOut },
  build: {
    lib: { entry: 'src/define.ts', formats: ['es'], fileName: () => 'tsa-letter-card.js' },
    outDir: 'dist',
    target: 'es2022',
    copyPublicDir: false,
    minify: true,
    // Library mode keeps whitespace by default; a drop-in script has no later minifier to do it.
    rollupOptions: {
      output: { minify: true },
      // Lets the lazy chunk import what it shares with the card (its text) from the card's own
      // file, instead of a third file that every page would have to load eagerly.
      preserveEntrySignatures: 'allow-extension',
    },
  },
});

import { literalsHtmlCssMinifier } from '@literals/rollup-plugin-html-css-minifier';
import { defineConfig, type Plugin } from 'vite';

/**
 * Minifies the card's Lit templates, html`…` and css`…`, which JS minifiers leave alone (HTML by
 * html-minifier-next, CSS by lightningcss). A build failure, not a warning, if one cannot be read.
 */
export const minifyTemplates = (): Plugin => literalsHtmlCssMinifier({ include: ['src/**/*.ts'], failOnError: true });

const notBundled = new URL('./scripts/not-bundled.js', import.meta.url).pathname;
/** jsPDF imports these only for doc.html() and SVG, which the card never calls: never shipped. */
export const jsPdfExtrasLeftOut = { html2canvas: notBundled, dompurify: notBundled, canvg: notBundled };

/**
 * Chromium (136 on) compiles a file that opens with this comment whole, as it arrives, rather than
 * each function on its first call, on the main thread, in the middle of the flow. Both files run
 * nearly all their code as a card connects and shows; the jsPDF chunk, used only in part, is left out.
 */
export const compileHint = (): Plugin => ({
  name: 'compile-hint',
  apply: 'build',
  generateBundle(_, bundle) {
    for (const file of Object.values(bundle)) {
      if (file.type === 'chunk' && (file.isEntry || file.name === 'card')) file.code = `//# allFunctionsCalledOnLoad\n${file.code}`;
    }
  },
});

export default defineConfig({
  plugins: [minifyTemplates(), compileHint()],
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

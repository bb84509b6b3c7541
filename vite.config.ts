import { defineConfig, type Plugin } from 'vite';

/**
 * Collapses the whitespace and comments of the card's `css` tagged templates: the minifier leaves
 * template text alone, and the stylesheet is a large share of the drop-in bundle. Only literals
 * without `${…}` are touched, and spaces before `:` are kept (`.a :focus` differs from `.a:focus`).
 */
function minifyCssLiterals(): Plugin {
  return {
    name: 'tsa-minify-css-literals',
    transform(code, id) {
      if (!id.includes('/src/') || !id.endsWith('.ts')) return null;
      return code.replace(/\bcss`([^`$]*)`/g, (_, body: string) => {
        const min = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,>])\s*/g, '$1')
          .replace(/:\s+/g, ':')
          .replace(/;}/g, '}')
          .trim();
        return `css\`${min}\``;
      });
    },
  };
}

// The drop-in bundle for `<script type="module" src=…/tsa-letter-card.js>`: Lit included, minified.
export default defineConfig({
  plugins: [minifyCssLiterals()],
  build: {
    lib: { entry: 'src/define.ts', formats: ['es'], fileName: () => 'tsa-letter-card.js' },
    outDir: 'dist',
    target: 'es2022',
    copyPublicDir: false,
    minify: true,
    // Library mode keeps whitespace by default; a drop-in script has no later minifier to do it.
    rollupOptions: { output: { minify: true } },
  },
});

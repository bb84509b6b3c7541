// The size budgets, checked by size-limit in `npm test` (check 3) and by `npm run size`. Every
// figure is gzip, each file on its own, as a server sends it. Limits in bytes (12288 B is 12 KiB);
// size-limit prints kilobytes of 1000 bytes.
const leftToTheApp = ['lit', 'lit/*', '@lit/*', 'jspdf'];

export default [
  {
    name: 'drop-in bundle, loaded with the page (Lit included): dist/tsa-letter-card.js',
    path: 'dist/tsa-letter-card.js',
    disablePlugins: ['@size-limit/esbuild'],
    gzip: true,
    limit: '12288 B',
  },
  {
    // Bundled and minified from `import 'tsa-letter-card'` as an app's bundler would, Lit and jsPDF
    // left to the app; the card's chunk stays out, as it loads only once the toggle is on. 5.5 KiB
    // since the loading message and the card's text load with the element (drawn as the
    // eligibility request leaves, not once the chunk arrives); 6 KiB since the card's templates
    // do too (`card-view.ts`: made ready while the answer is awaited, not after it); 6.5 KiB since
    // the element tells the page what it needs (`flag`, `loa`, `shows`, `empty`, `unavailable`):
    // a page reads them with the toggle off too, when the card's chunk never loads.
    name: 'npm build as an app bundles it, loaded with the page',
    path: 'dist/npm/define.js',
    ignore: [...leftToTheApp, './card.js'],
    modifyEsbuildConfig: (config) => ({ ...config, format: 'esm' }),
    gzip: true,
    limit: '6656 B',
  },
  {
    name: "card's chunk, loaded once the toggle is on: dist/card-*.js",
    path: 'dist/card-*.js',
    disablePlugins: ['@size-limit/esbuild'],
    gzip: true,
    limit: '6144 B',
  },
  {
    name: 'letter generator (jsPDF), loaded on intent: dist/letter-pdf-*.js',
    path: 'dist/letter-pdf-*.js',
    disablePlugins: ['@size-limit/esbuild'],
    gzip: true,
    limit: '138240 B',
  },
];

// The analyzer would otherwise write its --outdir into package.json's "customElements" on every
// run, the check's temporary folder included; that field is set by hand, to the committed file.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/mocks/**'],
  litelement: true,
  packagejson: false,
};

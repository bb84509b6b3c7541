// Tests drive Debian's browsers (scripts/browser.mjs): puppeteer must not download one of its own.
module.exports = { skipDownload: true };

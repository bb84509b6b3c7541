// The hard cases, on the built drop-in bundle in Chromium: a strict
// Content-Security-Policy, the card inside another component's shadow root, the script loaded
// twice, reduced motion, 320 px wide and 200 % text with no horizontal scrolling, and forced colors.
import { checklist, launchChromium } from './browser.mjs';
import { startBundleServer } from './bundle-server.mjs';

const server = await startBundleServer();
const browser = await launchChromium();
const { check, exit } = checklist();

/** A fresh page that records page errors and console warnings. */
async function open(path, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors = [];
  const warnings = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => (message.type() === 'warning' || message.type() === 'error') && warnings.push(message.text()));
  await page.goto(`${server.origin}${path}`);
  return { page, errors, warnings, close: () => context.close() };
}

const eligibleCard = (page, selector = 'tsa-letter-card') =>
  page.waitForFunction((s) => document.querySelector(s)?.getAttribute('state') === 'eligible', selector, { timeout: 10_000 }).then(() => true, () => false);

try {
  {
    const { page, errors, warnings, close } = await open('/csp.html');
    const shown = await eligibleCard(page);
    // The one expected violation is the control's own eval.
    const violations = (await page.evaluate(() => window.violations)).filter((v) => !v.endsWith(' eval'));
    const styled = await page.evaluate(() => getComputedStyle(document.querySelector('tsa-letter-card').shadowRoot.querySelector('.card')).borderTopStyle);
    check(await page.evaluate(() => window.evalRefused), 'strict CSP: the policy is in force (the page’s own eval is refused)');
    check(shown && styled === 'solid', 'strict CSP (no inline script or style, no eval): the card renders, styled');
    check(violations.length === 0 && errors.length === 0, `strict CSP: no violation, no error${violations.length ? `: ${violations.join('; ')}` : ''}`);
    void warnings;
    await close();
  }
  {
    const { page, errors, close } = await open('/shadow.html');
    const shown = await page
      .waitForFunction(() => document.querySelector('letters-page')?.shadowRoot.querySelector('tsa-letter-card')?.getAttribute('state') === 'eligible', null, { timeout: 10_000 })
      .then(() => true, () => false);
    const events = await page.evaluate(() => window.__seen ?? null);
    check(shown && errors.length === 0, 'inside another component’s shadow root: the card works');
    void events;
    await close();
  }
  {
    const { page, errors, warnings, close } = await open('/twice.html');
    const shown = await eligibleCard(page);
    await page.waitForTimeout(300);
    check(shown && errors.length === 0, `the script loaded twice: no error, the card works${errors.length ? `: ${errors.join('; ')}` : ''}`);
    check(warnings.length === 0, `the same version loaded twice is silent${warnings.length ? `: ${warnings.join('; ')}` : ''}`);
    await close();
  }
  server.setLatency(60_000); // holds the card in its loading state
  for (const reducedMotion of ['no-preference', 'reduce']) {
    const { page, close } = await open('/loading.html', { reducedMotion });
    const animation = await page
      .waitForFunction(() => document.querySelector('tsa-letter-card')?.shadowRoot.querySelector('.spinner'), null, { timeout: 10_000 })
      .then(() => page.evaluate(() => getComputedStyle(document.querySelector('tsa-letter-card').shadowRoot.querySelector('.spinner'), '::after').animationName), () => 'no spinner');
    const expected = reducedMotion === 'reduce' ? 'none' : 'spin';
    check(animation === expected, `prefers-reduced-motion: ${reducedMotion}: the spinner's animation is ${animation}`);
    await close();
  }
  server.setLatency(0);
  for (const [label, viewport, textScale] of [
    ['320 px wide', { width: 320, height: 640 }, 1],
    ['200 % text at 640 px', { width: 640, height: 800 }, 2],
    ['200 % text at 320 px', { width: 320, height: 800 }, 2],
  ]) {
    const { page, close } = await open('/plain.html', { viewport });
    await page.addStyleTag({ content: `html { font-size: ${textScale * 100}%; }` }).catch(() => undefined);
    const shown = await eligibleCard(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    const clipped = await page.evaluate(() => {
      const root = document.querySelector('tsa-letter-card').shadowRoot;
      return [...root.querySelectorAll('p, a, .heading')].filter((el) => el.scrollWidth > el.clientWidth + 1).length;
    });
    const textSize = await page.evaluate(() => getComputedStyle(document.querySelector('tsa-letter-card').shadowRoot.querySelector('[part="body"] p')).fontSize);
    check(shown && overflow <= 0 && clipped === 0 && textSize === `${16 * textScale}px`, `${label}: text ${textSize}, no horizontal scrolling, nothing clipped (overflow ${overflow}px)`);
    if (process.env.HARD_CASE_SHOTS) await page.screenshot({ path: `${process.env.HARD_CASE_SHOTS}/${label.replace(/\W+/g, '-')}.png`, fullPage: true });
    await close();
  }
  {
    const { page, close } = await open('/plain.html', { viewport: { width: 800, height: 600 }, forcedColors: 'active' });
    const shown = await eligibleCard(page);
    await page.keyboard.press('Tab');
    const look = await page.evaluate(() => {
      const root = document.querySelector('tsa-letter-card').shadowRoot;
      const card = getComputedStyle(root.querySelector('.card'));
      const link = root.querySelector('a[part="download"]');
      const focus = getComputedStyle(link);
      return { focused: root.activeElement === link, border: card.borderTopStyle, borderColor: card.borderTopColor, outline: focus.outlineStyle, outlineWidth: focus.outlineWidth, icon: getComputedStyle(link.querySelector('svg')).fill };
    });
    check(shown && look.border === 'solid' && look.borderColor !== 'rgba(0, 0, 0, 0)', `forced colors: the card's border stays (${look.borderColor})`);
    check(look.focused && look.outline !== 'none' && look.outlineWidth !== '0px', `forced colors: the focus ring stays (${look.outline} ${look.outlineWidth})`);
    check(look.icon !== 'none', `forced colors: the icon stays (${look.icon})`);
    if (process.env.HARD_CASE_SHOTS) await page.screenshot({ path: `${process.env.HARD_CASE_SHOTS}/forced-colors.png` });

    // The accordion layout: the header bar, its sign and the panel stay visible too.
    await page.evaluate(() => {
      const card = document.querySelector('tsa-letter-card');
      card.setAttribute('layout', 'accordion');
      card.setAttribute('open', '');
      return card.updateComplete;
    });
    const item = await page.evaluate(() => {
      const root = document.querySelector('tsa-letter-card').shadowRoot;
      const header = getComputedStyle(root.querySelector('.accordion-button'));
      const panel = getComputedStyle(root.querySelector('.panel'));
      return { header: header.borderTopStyle, panel: panel.borderLeftStyle, sign: getComputedStyle(root.querySelector('.accordion-button svg')).fill };
    });
    check(item.header === 'solid' && item.panel === 'solid', `forced colors: the accordion item's header and panel keep their edges (${item.header}, ${item.panel})`);
    check(item.sign !== 'none', `forced colors: the accordion's plus/minus stays (${item.sign})`);
    if (process.env.HARD_CASE_SHOTS) await page.screenshot({ path: `${process.env.HARD_CASE_SHOTS}/forced-colors-accordion.png` });
    await close();
  }
} finally {
  await browser.close();
  await server.close();
}
exit();

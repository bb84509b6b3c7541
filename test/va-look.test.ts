// The card beside VA's own components (the dev dependency @department-of-veterans-affairs/web-components,
// with VA's tokens and fonts), in the same page at 1024 px: their computed styles and boxes must
// agree, so that drift from VA's look fails the build. Values: VA's components' own.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import currentSnake from '../src/mocks/va-api/tsa-letter.d.snake.json';
import error503 from '../src/mocks/va-api/error.503.json';
import { text } from '../src/text.js';
import type { TsaLetterCard } from '../src/define.js';
import { asked, downloadLink, eligibility, hang, settle, shadow, toggle, use, versionDownload } from './support/card.js';
import { loadVaDesignSystem } from './support/va-components.js';

before(async function () {
  this.timeout(20_000);
  await loadVaDesignSystem();
});

const px = (value: string) => Math.round(parseFloat(value) * 100) / 100;
const firstFamily = (value: string) => value.split(',')[0].trim().replace(/^["']|["']$/g, '');
const box = (el: Element) => el.getBoundingClientRect();

/** The named computed properties of an element (or its pseudo-element), as comparable values. */
function styleOf(el: Element, properties: string[], pseudo?: string): Record<string, string | number> {
  const computed = getComputedStyle(el, pseudo);
  return Object.fromEntries(
    properties.map((name) => {
      const value = computed.getPropertyValue(name);
      if (name === 'font-family') return [name, firstFamily(value)];
      return [name, /^-?[\d.]+px$/.test(value) ? px(value) : value];
    }),
  );
}

const near = (ours: number, theirs: number, what: string, tolerance = 0.5) =>
  expect(Math.abs(ours - theirs), `${what}: ours ${ours}, VA's ${theirs}`).to.be.at.most(tolerance);

/** VA's component's rendering, ready: Stencil renders after definition, asynchronously. */
async function rendered(el: Element, selector: string): Promise<Element> {
  await waitUntil(() => el.shadowRoot?.querySelector(selector), `${el.localName} never rendered ${selector}`);
  return el.shadowRoot!.querySelector(selector)!;
}

async function stage(content: ReturnType<typeof html>): Promise<HTMLElement> {
  // VA.gov's page: its body font, at the width the measures were taken at.
  return fixture<HTMLElement>(html`<div style="width: 1024px; font-family: 'Source Sans Pro Web', sans-serif; font-size: 16px">${content}</div>`);
}

describe("VA's look, measured beside VA's own components (1024 px)", () => {
  it('the accordion item: header bar, icon, panel and reading width, as va-accordion-item bordered', async () => {
    use(toggle(true), eligibility(currentSnake), versionDownload());
    const page = await stage(html`
      <va-accordion bordered>
        <va-accordion-item header=${text.title} level="3" open>${text.paragraphs.map((p) => html`<p>${p}</p>`)}</va-accordion-item>
        <tsa-letter-card layout="accordion" open></tsa-letter-card>
      </va-accordion>
    `);
    const va = page.querySelector('va-accordion-item')!;
    const card = page.querySelector<TsaLetterCard>('tsa-letter-card')!;
    await settle(card, 'eligible');
    await asked('/download'); // the open item asks for its letter
    const vaButton = await rendered(va, 'button');
    const ours = shadow(card);
    const button = ours.querySelector('.accordion-button')!;

    const buttonProps = ['font-family', 'font-size', 'font-weight', 'line-height', 'color', 'background-color', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left', 'text-align'];
    expect(styleOf(button, buttonProps)).to.deep.equal(styleOf(vaButton, buttonProps));
    near(box(button).height, box(vaButton).height, 'header height');
    near(box(button).width, box(vaButton).width, 'header width');
    const headingProps = ['font-size', 'font-weight', 'margin-top', 'margin-bottom'];
    expect(styleOf(button.parentElement!, headingProps)).to.deep.equal(styleOf(vaButton.parentElement!, headingProps));
    expect(button.parentElement!.localName, 'a heading of the same level').to.equal(vaButton.parentElement!.localName);

    // VA draws the sign as a 24px background image 20px from the right; ours is an inline icon.
    const vaIcon = getComputedStyle(vaButton);
    expect(vaIcon.backgroundSize.split(',')[0].trim()).to.equal('24px auto');
    expect(vaIcon.backgroundPosition.split(',')[0].trim()).to.equal('calc(100% - 20px) 50%');
    const icon = box(button.querySelector('svg')!);
    near(icon.width, 24, 'icon width');
    near(box(button).right - icon.right, 20, 'icon inset from the right');
    near(icon.top + icon.height / 2, box(button).top + box(button).height / 2, 'icon centred vertically');

    const vaPanel = await rendered(va, '#content');
    const panel = ours.querySelector('.panel')!;
    const panelProps = ['background-color', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left', 'border-top-width', 'border-left-width', 'border-right-width', 'border-bottom-width', 'border-left-color', 'border-bottom-color', 'font-size', 'line-height'];
    expect(styleOf(panel, panelProps)).to.deep.equal(styleOf(vaPanel, panelProps));

    // The same paragraphs, the same reading width (about 527 px here), the same lines.
    const [vaP] = va.querySelectorAll('p');
    const [p] = ours.querySelectorAll('.panel p');
    const textProps = ['font-family', 'font-size', 'line-height', 'margin-top', 'margin-bottom', 'color'];
    expect(styleOf(p, textProps)).to.deep.equal(styleOf(vaP, textProps));
    near(box(p).width, box(vaP).width, 'reading width', 1);
    near(box(p).height, box(vaP).height, 'paragraph height');
    near(box(p).left - box(panel).left, box(vaP).left - box(vaPanel).left, 'paragraph inset');
    expect(box(p).width, 'VA reading width, not the whole panel').to.be.below(box(panel).width - 100);

    // Two separate boxes, VA's gap between items.
    near(box(card).top - box(va).bottom, px(getComputedStyle(va).marginBottom), 'gap above the card');
  });

  for (const kind of ['warning', 'error'] as const) {
    it(`the ${kind} alert: background, edge, icon, heading and body, as va-alert status="${kind}"`, async () => {
      const content = kind === 'warning' ? text.eligibilityError : { heading: text.downloadError.heading, body: 'If you need help accessing your letter, please call VA Benefits and Services.' };
      if (kind === 'warning') use(toggle(true), eligibility(error503, 503));
      else use(toggle(true), eligibility(currentSnake), versionDownload(() => HttpResponse.json(error503, { status: 503 })));
      const page = await stage(html`
        <va-alert status=${kind} visible><h3 slot="headline">${content.heading}</h3><p>${content.body}</p></va-alert>
        <tsa-letter-card pdf="official"></tsa-letter-card>
      `);
      const va = page.querySelector('va-alert')!;
      const card = page.querySelector<TsaLetterCard>('tsa-letter-card')!;
      if (kind === 'warning') {
        await settle(card, 'eligibility-error');
      } else {
        await settle(card, 'eligible');
        downloadLink(card).click();
        await waitUntil(() => shadow(card).querySelector('.alert.error'), 'no error alert');
      }
      const ours = shadow(card).querySelector(`.alert.${kind}`)!;
      const vaOuter = await rendered(va, '.usa-alert');
      const vaBody = await rendered(va, '.usa-alert__body');
      const body = ours.querySelector('.alert-body')!;

      const outerProps = ['background-color', 'border-left-width', 'border-left-style', 'border-left-color'];
      expect(styleOf(ours, outerProps)).to.deep.equal(styleOf(vaOuter, outerProps));
      const bodyProps = ['padding-top', 'padding-right', 'padding-bottom', 'padding-left', 'font-size', 'line-height'];
      expect(styleOf(body, bodyProps)).to.deep.equal(styleOf(vaBody, bodyProps));

      const vaHeading = va.querySelector('h3')!;
      // The warning stands in the letter's place (h3); the error sits inside the letter (h4).
      const heading = ours.querySelector(kind === 'warning' ? 'h3' : 'h4')!;
      const headingProps = ['font-family', 'font-size', 'font-weight', 'line-height', 'margin-bottom', 'color'];
      expect(styleOf(heading, headingProps)).to.deep.equal(styleOf(vaHeading, headingProps));
      expect(heading.textContent, 'the hidden status, as va-alert reads it').to.equal(vaHeading.textContent);
      near(box(heading).left - box(ours).left, box(vaHeading).left - box(vaOuter).left, 'text inset from the edge (beside the icon)');
      near(box(heading).top - box(ours).top, box(vaHeading).top - box(vaOuter).top, 'heading from the top');

      const vaP = va.querySelector('p')!;
      const p = ours.querySelector('p')!;
      const textProps = ['font-family', 'font-size', 'line-height', 'margin-top', 'margin-bottom'];
      expect(styleOf(p, textProps)).to.deep.equal(styleOf(vaP, textProps));
      near(box(p).top - box(ours).top, box(vaP).top - box(vaOuter).top, 'body from the top');
      if (kind === 'warning') near(box(ours).height, box(vaOuter).height, 'alert height');

      // VA's icon is the body's ::before, 32px, placed absolutely; ours an inline svg.
      const vaIcon = getComputedStyle(vaBody, '::before');
      const icon = box(ours.querySelector('.alert-body > svg')!);
      near(icon.width, px(vaIcon.width), 'icon width');
      near(icon.height, px(vaIcon.height), 'icon height');
      near(icon.left - box(body).left, px(vaIcon.left), 'icon from the left');
      near(icon.top - box(body).top, px(vaIcon.top), 'icon from the top');
    });
  }

  it("the loading indicator: a ~50 px spinner centred above the centred message, as va-loading-indicator", async () => {
    use(toggle(true), http.get('/v0/tsa_letter', hang));
    const page = await stage(html`
      <va-loading-indicator message=${text.loading}></va-loading-indicator>
      <tsa-letter-card></tsa-letter-card>
    `);
    const va = page.querySelector('va-loading-indicator')!;
    const card = page.querySelector<TsaLetterCard>('tsa-letter-card')!;
    await settle(card, 'loading-eligibility');
    const vaSpinner = await rendered(va, '.loading-indicator');
    const loading = shadow(card).querySelector('.loading')!;
    const spinner = loading.querySelector('.spinner')!;

    expect(styleOf(loading, ['font-size', 'text-align'])).to.deep.equal(styleOf(va, ['font-size', 'text-align']));
    const blockProps = ['height', 'margin-top', 'display'];
    expect(styleOf(spinner, blockProps)).to.deep.equal(styleOf(vaSpinner, blockProps));
    const ringProps = ['width', 'height', 'border-top-width', 'border-top-color', 'border-right-color', 'border-radius', 'animation-duration', 'display'];
    expect(styleOf(spinner, ringProps, '::after')).to.deep.equal(styleOf(vaSpinner, ringProps, '::after'));
    near(px(getComputedStyle(spinner, '::after').width) + 2 * px(getComputedStyle(spinner, '::after').borderTopWidth), 51, 'spinner about 50 px');
    near(box(spinner).height, box(vaSpinner).height, 'spinner block height');
    // The message below the spinner, centred in the same width.
    expect(loading.textContent!.trim()).to.equal(text.loading);
    near(box(loading).width, box(va).width, 'width');
  });

  it('the card: border, padding and background, as va-card', async () => {
    use(toggle(true), eligibility(currentSnake));
    const page = await stage(html`
      <va-card><h3>${text.title}</h3></va-card>
      <tsa-letter-card></tsa-letter-card>
    `);
    const va = page.querySelector('va-card')!;
    const card = page.querySelector<TsaLetterCard>('tsa-letter-card')!;
    await settle(card, 'eligible');
    await rendered(va, 'slot');
    const props = ['background-color', 'border-top-width', 'border-left-color', 'padding-top', 'padding-left', 'padding-right', 'padding-bottom'];
    expect(styleOf(shadow(card).querySelector('.card')!, props)).to.deep.equal(styleOf(va, props));
  });
});

// What a screen reader reads for each alert heading: its accessible name and its text, which must
// be the same words with the same spaces. Chromium hands a screen reader the heading's laid-out
// text beside its name; where the hidden label's trailing space was lost in layout ("Warning
// AlertSome letters…"), Orca said the heading twice (issue: heard twice in Chrome). The laid-out
// text and the name are checked in every engine from the DOM and the layout; in Chromium, the one
// that ran them together, from the accessibility tree it gives a screen reader too.
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { HttpResponse } from 'msw';
import currentSnake from '../src/mocks/va-api/tsa-letter.d.snake.json';
import error503 from '../src/mocks/va-api/error.503.json';
import { text } from '../src/text.js';
import type { TsaLetterCard } from '../src/define.js';
import { captureSaves, downloadLink, eligibility, mount, settle, shadow, toggle, use, versionDownload } from './support/card.js';

/**
 * Each heading of Chromium's accessibility tree, its name and its text runs joined as a screen
 * reader joins them; `false` in the other engines, whose trees the runner cannot read.
 */
const treeHeadings = () => executeServerCommand<{ name: string; text: string }[] | false, undefined>('heading-text');
const chromium = navigator.userAgent.includes('Chrome/');

/** The text as laid out, spaces collapsed as a screen reader gets them. */
const laidOut = (el: HTMLElement) => el.innerText.replace(/\s+/g, ' ').trim();

describe('Alert headings: the name a screen reader is given equals the text it reads', () => {
  captureSaves();
  const cases = [
    {
      kind: 'warning',
      expected: `${text.warningLabel} ${text.eligibilityError.heading}`,
      async show(): Promise<TsaLetterCard> {
        use(toggle(true), eligibility(error503, 503));
        const el = await mount();
        await settle(el, 'eligibility-error');
        return el;
      },
    },
    {
      kind: 'error',
      expected: `${text.errorLabel} ${text.downloadError.heading}`,
      async show(): Promise<TsaLetterCard> {
        use(toggle(true), eligibility(currentSnake), versionDownload(() => HttpResponse.json(error503, { status: 503 })));
        const el = await mount('pdf="official"');
        await settle(el, 'eligible');
        downloadLink(el).click();
        await waitUntil(() => shadow(el).querySelector('.alert.error h4'), 'no error alert: its heading one level below the letter’s h3');
        return el;
      },
    },
  ] as const;

  for (const { kind, expected, show } of cases) {
    it(`the ${kind} alert: "${expected}", a space after the label, as text and as name`, async () => {
      const el = await show();
      const heading = shadow(el).querySelector<HTMLElement>(`.alert.${kind} .heading`)!;
      expect(heading.textContent!.replace(/\s+/g, ' ').trim(), 'the words').to.equal(expected);
      expect(laidOut(heading), 'the laid-out text keeps the space after the label').to.equal(expected);
      const tree = await treeHeadings();
      expect(tree === false, 'the tree is read in Chromium').to.equal(!chromium);
      if (tree) {
        const inTree = tree.find((h) => h.name === expected);
        expect(inTree, `no heading named "${expected}" in the accessibility tree`).not.to.equal(undefined);
        expect(inTree!.text, "the heading's text runs, joined").to.equal(expected);
      }
      await expect(el).to.be.accessible();
    });
  }
});

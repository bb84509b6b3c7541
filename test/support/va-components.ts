/**
 * VA's own Design System components (dev dependencies, never shipped), defined on the test page,
 * with VA's tokens and fonts as VA.gov loads them: the measure the card's look is held to.
 */
import { defineCustomElement as defineAccordion } from '@department-of-veterans-affairs/web-components/dist/components/va-accordion.js';
import { defineCustomElement as defineAccordionItem } from '@department-of-veterans-affairs/web-components/dist/components/va-accordion-item.js';
import { defineCustomElement as defineAlert } from '@department-of-veterans-affairs/web-components/dist/components/va-alert.js';
import { defineCustomElement as defineCard } from '@department-of-veterans-affairs/web-components/dist/components/va-card.js';
import { defineCustomElement as defineLink } from '@department-of-veterans-affairs/web-components/dist/components/va-link.js';
import { defineCustomElement as defineLoading } from '@department-of-veterans-affairs/web-components/dist/components/va-loading-indicator.js';
import { defineCustomElement as defineTelephone } from '@department-of-veterans-affairs/web-components/dist/components/va-telephone.js';

const library = '/node_modules/@department-of-veterans-affairs/css-library/dist';

/** VA's fonts, from the css-library's files, under the names VA.gov's pages give them. */
const fonts: [string, string, string][] = [
  ['Bitter', 'bitter-regular.woff2', '400'],
  ['Bitter', 'bitter-bold.woff2', '700'],
  ['Source Sans Pro Web', 'sourcesanspro-regular-webfont.woff2', '400'],
  ['Source Sans Pro Web', 'sourcesanspro-bold-webfont.woff2', '700'],
];

export async function loadVaDesignSystem(): Promise<void> {
  for (const define of [defineAccordion, defineAccordionItem, defineAlert, defineCard, defineLink, defineLoading, defineTelephone]) define();
  // VA's tokens, and VA's utility classes (`.usa-sr-only` hides va-alert's status label). Not the
  // whole page stylesheet: its heading sizes would override va-alert's own, and the values measured
  // are the components' own.
  await Promise.all(
    ['tokens/css/variables.css', 'stylesheets/base/utils.css'].map((file) => {
      const sheet = document.createElement('link');
      sheet.rel = 'stylesheet';
      sheet.href = `${library}/${file}`;
      const loaded = new Promise((resolve, reject) => ((sheet.onload = resolve), (sheet.onerror = reject)));
      document.head.append(sheet);
      return loaded;
    }),
  );
  await Promise.all(
    fonts.map(async ([family, file, weight]) => {
      const face = new FontFace(family, `url(${library}/fonts/${file})`, { weight });
      document.fonts.add(await face.load());
    }),
  );
}

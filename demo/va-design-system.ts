/**
 * VA's look on the demo page, from the dev dependencies (never in the package): VA's tokens, VA's
 * fonts (Bitter and Source Sans Pro, from the css-library's own files, so `npm start` needs no
 * network), and VA's web components for the letters page beside the card.
 */
import '@department-of-veterans-affairs/css-library/dist/tokens/css/variables.css';
import '@department-of-veterans-affairs/css-library/dist/stylesheets/base/utils.css';
import bitterRegular from '@department-of-veterans-affairs/css-library/dist/fonts/bitter-regular.woff2?url';
import bitterBold from '@department-of-veterans-affairs/css-library/dist/fonts/bitter-bold.woff2?url';
import sourceSansRegular from '@department-of-veterans-affairs/css-library/dist/fonts/sourcesanspro-regular-webfont.woff2?url';
import sourceSansBold from '@department-of-veterans-affairs/css-library/dist/fonts/sourcesanspro-bold-webfont.woff2?url';
import { defineCustomElement as defineAccordion } from '@department-of-veterans-affairs/web-components/dist/components/va-accordion.js';
import { defineCustomElement as defineAccordionItem } from '@department-of-veterans-affairs/web-components/dist/components/va-accordion-item.js';
import { defineCustomElement as defineAlert } from '@department-of-veterans-affairs/web-components/dist/components/va-alert.js';
import { defineCustomElement as defineLink } from '@department-of-veterans-affairs/web-components/dist/components/va-link.js';
import { defineCustomElement as defineLoading } from '@department-of-veterans-affairs/web-components/dist/components/va-loading-indicator.js';

/** The family names VA.gov's pages give these files, which the card's font stacks name first. */
const fonts: [string, string, string][] = [
  ['Bitter', bitterRegular, '400'],
  ['Bitter', bitterBold, '700'],
  ['Source Sans Pro Web', sourceSansRegular, '400'],
  ['Source Sans Pro Web', sourceSansBold, '700'],
];

export function loadVaDesignSystem(): Promise<unknown> {
  for (const define of [defineAccordion, defineAccordionItem, defineAlert, defineLink, defineLoading]) define();
  return Promise.all(
    fonts.map(([family, url, weight]) => {
      const face = new FontFace(family, `url(${url})`, { weight });
      document.fonts.add(face);
      return face.load();
    }),
  );
}

import { expect, waitUntil } from '@open-wc/testing';
import { delay } from 'msw';
import currentSnake from '../src/mocks/va-api/tsa-letter.d.snake.json';
import withContent from '../src/mocks/va-api/tsa-letter.d.with-content.camel.json';
import { text } from '../src/text.js';
import {
  captureSaves, downloadLink, eligibility, letterScripts, mount, recordEvents, requests, settle, toggle, use, versionDownload,
} from './support/card.js';
import { readPdf } from './support/pdf.js';
import type { TsaLetterCard } from '../src/define.js';

const noDocument = { data: { id: '', type: 'tsa_letter', attributes: { modified_datetime: '2025-09-09T14:18:53' } } };

describe('<tsa-letter-card>: the generated letter', () => {
  const events = recordEvents();
  const files = captureSaves();

  async function eligibleCard(payload: object, attributes: string, recipientName?: string): Promise<TsaLetterCard> {
    use(toggle(true), eligibility(payload));
    const el = await mount(attributes);
    if (recipientName !== undefined) el.recipientName = recipientName;
    await settle(el, 'eligible');
    return el;
  }

  async function download(el: TsaLetterCard) {
    downloadLink(el).click();
    await waitUntil(() => files.saved.length === 1, 'no file saved', { timeout: 8000 });
    await files.settled();
    return readPdf(files.saved[0].bytes);
  }

  it('pdf="generated": one US Letter page that says what TSA checks, as real text', async () => {
    const el = await eligibleCard(currentSnake, 'pdf="generated"', 'María José Núñez');
    const pdf = await download(el);
    expect(files.saved[0].filename).to.equal('TSA PreCheck Application Fee Waiver Letter.pdf');
    expect(pdf.pages).to.have.length(1);
    expect(pdf.pages[0].width).to.equal(612);
    expect(pdf.pages[0].height).to.equal(792);
    const [letterhead, date, name] = pdf.pages[0].lines;
    expect(letterhead).to.equal('U.S. Department of Veterans Affairs');
    expect(date).to.equal('September 9, 2025');
    expect(name).to.equal('María José Núñez');
    const flowing = pdf.text.replace(/\n/g, ' ');
    expect(flowing).to.contain(text.title);
    for (const paragraph of text.paragraphs) expect(flowing).to.contain(paragraph);
    expect(flowing).to.contain('Document reference: c75438b4-47f8-44d3-9e35-798158591456');
    // The official document was not asked for.
    expect(requests.filter((r) => r.url.includes('/download'))).to.have.length(0);
  });

  it('its properties: title, subject, author, creator, language', async () => {
    const el = await eligibleCard(currentSnake, 'pdf="generated"');
    const pdf = await download(el);
    expect(pdf.info.Title).to.equal('TSA PreCheck Application Fee Waiver Letter');
    expect(pdf.info.Subject).to.contain('TSA PreCheck');
    expect(pdf.info.Author).to.equal('U.S. Department of Veterans Affairs');
    expect(pdf.info.Creator).to.match(/^tsa-letter-card \d+\.\d+\.\d+/);
    expect(pdf.info.Language).to.equal('en-US');
  });

  it('curly quotes, accents and an em dash come out as they went in', async () => {
    const content = structuredClone(withContent);
    content.data.attributes.description.paragraphs = ['You’ll need “this” letter — keep it.', 'Zoë and María José Núñez are both named.'];
    const el = await eligibleCard(content, 'pdf="generated"', 'Zoë Ångström-Núñez');
    const pdf = await download(el);
    expect(pdf.pages[0].lines).to.include('Zoë Ångström-Núñez');
    expect(pdf.pages[0].lines).to.include('You’ll need “this” letter — keep it.');
    expect(pdf.pages[0].lines).to.include('Zoë and María José Núñez are both named.');
    expect(pdf.pages[0].lines.join(' '), 'the default paragraphs are replaced').not.to.contain('print this letter');
  });

  it('names the font cannot carry come out folded, never garbled', async () => {
    const el = await eligibleCard(currentSnake, 'pdf="generated"', 'Łukasz Wiśniewski');
    const pdf = await download(el);
    expect(pdf.pages[0].lines).to.include('Lukasz Wisniewski');
  });

  it('a long name and long paragraphs stay on the page', async () => {
    const content = structuredClone(withContent);
    content.data.attributes.description.paragraphs = Array(5).fill('A long paragraph about the waiver. '.repeat(25));
    const el = await eligibleCard(content, 'pdf="generated"', 'Bartholomew-Maximilian '.repeat(6).trim());
    const pdf = await download(el);
    expect(pdf.pages).to.have.length(1);
    expect(pdf.text).to.contain('Bartholomew-Maximilian');
  });

  it('no date on the record: today’s date', async () => {
    const el = await eligibleCard({ document_id: '{73CD7B28-F695-4337-BBC1-2443A913ACF6}' }, 'pdf="generated"');
    const pdf = await download(el);
    const today = new Date().toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric' });
    expect(pdf.pages[0].lines[1]).to.equal(today);
  });

  it('auto without a document: generated, with events saying so', async () => {
    const el = await eligibleCard(noDocument, '');
    events.clear();
    const pdf = await download(el);
    expect(pdf.pages).to.have.length(1);
    expect(pdf.text).not.to.contain('Document reference');
    expect(events.of('tsa-letter-download')).to.deep.equal([{ source: 'generated', filename: 'TSA PreCheck Application Fee Waiver Letter.pdf' }]);
    const [done] = events.of('tsa-letter-downloaded');
    expect(done.source).to.equal('generated');
    expect(done.bytes).to.equal(files.saved[0].bytes.length);
    expect(events.of('tsa-letter-api'), 'no API call for a generated letter').to.deep.equal([]);
    expect(performance.getEntriesByName('tsa-letter:generate').length).to.be.greaterThan(0);
  });

  it('auto with a document: the official one', async () => {
    use(versionDownload());
    const el = await eligibleCard(currentSnake, 'pdf="auto"');
    downloadLink(el).click();
    await waitUntil(() => files.saved.length === 1);
    expect(requests.filter((r) => r.url.includes('/download'))).to.have.length(1);
    expect(events.of('tsa-letter-downloaded')[0].source).to.equal('official');
  });

  it('a double click saves one generated file', async () => {
    const el = await eligibleCard(currentSnake, 'pdf="generated"');
    downloadLink(el).click();
    downloadLink(el).click();
    await waitUntil(() => files.saved.length >= 1, 'no file saved', { timeout: 8000 });
    await delay(300);
    expect(files.saved).to.have.length(1);
  });

  it('a ctrl-click still generates (the link has no real file behind it)', async () => {
    const el = await eligibleCard(noDocument, 'pdf="generated"');
    downloadLink(el).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ctrlKey: true }));
    await waitUntil(() => files.saved.length === 1, 'no file saved', { timeout: 8000 });
  });

  it('never loads jsPDF’s optional dependencies', async () => {
    const el = await eligibleCard(currentSnake, 'pdf="generated"');
    await download(el);
    expect(letterScripts().filter((name) => /html2canvas|purify|canvg/.test(name))).to.deep.equal([]);
  });
});

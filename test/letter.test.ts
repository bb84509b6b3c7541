import { expect } from '@open-wc/testing';
import { letterSource, type PdfMode } from '../src/download.js';
import type { LetterRecord } from '../src/eligibility.js';
import { layoutLetter, PAGE, toWinAnsi, wrap, type Measure } from '../src/letter.js';
import { letterContent, letterDate } from '../src/letter-content.js';
import { text } from '../src/text.js';

/** A fixed-width font: every character is half the size wide. Keeps the layout tests exact. */
const mono: Measure = (value, size) => value.length * size * 0.5;

describe('letterDate', () => {
  const today = new Date(2026, 10, 23); // November 23, 2026, local time
  const cases: [string | undefined, string][] = [
    ['2025-09-09T14:18:53', 'September 9, 2025'],
    ['2025-09-09', 'September 9, 2025'],
    ['2024-01-01', 'January 1, 2024'],
    ['2024-12-31T23:59:59Z', 'December 31, 2024'], // the calendar date as sent: no time zone moves it
    ['2025-13-01', 'November 23, 2026'],
    ['09/09/2025', 'November 23, 2026'],
    ['', 'November 23, 2026'],
    [undefined, 'November 23, 2026'],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${expected}`, () => expect(letterDate(input, today)).to.equal(expected));
  }
});

describe('toWinAnsi: what the PDF’s built-in font can carry', () => {
  const cases: [string, string][] = [
    ['plain ASCII', 'plain ASCII'],
    ['You’ll “need” it — really', 'You’ll “need” it — really'],
    ['María José Núñez', 'María José Núñez'],
    ['Zoë Ørsted Søren Æsir', 'Zoë Ørsted Søren Æsir'],
    ['Šimon Žák, œuvre, €5, • …', 'Šimon Žák, œuvre, €5, • …'],
    ['Łukasz Wiśniewski', 'Lukasz Wisniewski'],
    ['Nguyễn Văn An', 'Nguyen Van An'],
    ['Đặng Thị', 'Dang Thi'],
    ['Čech Ōtani', 'Cech Otani'],
    ['e\u0301 (decomposed é)', 'é (decomposed é)'],
    ['tab\tand\nnewline', 'tab and newline'],
    ['李小龙', '???'],
    ['emoji 🙂', 'emoji ?'],
  ];
  for (const [input, expected] of cases) {
    it(`${input} → ${expected}`, () => expect(toWinAnsi(input)).to.equal(expected));
  }
});

describe('wrap', () => {
  const cases: [string, number, string[]][] = [
    ['one two three', 100, ['one two three']],
    ['one two three', 40, ['one two', 'three']],
    ['  spaced   out  ', 100, ['spaced out']],
    ['', 100, []],
    ['abcdefghij', 25, ['abcde', 'fghij']], // a word wider than the line is cut
    ['x abcdefghijkl y', 25, ['x', 'abcde', 'fghij', 'kl y']],
  ];
  for (const [input, width, expected] of cases) {
    it(`${JSON.stringify(input)} in ${width} pt`, () => expect(wrap(input, width, 10, 'normal', mono)).to.deep.equal(expected));
  }
});

describe('layoutLetter', () => {
  const content = {
    title: text.title,
    date: 'September 9, 2025',
    recipientName: 'María José Núñez',
    paragraphs: [...text.paragraphs],
    documentId: 'c75438b4-47f8-44d3-9e35-798158591456',
  };
  const inside = (layout: ReturnType<typeof layoutLetter>) =>
    layout.texts.every((t) => t.x >= PAGE.margin && t.x + mono(t.text, t.size, t.style) <= PAGE.width - PAGE.margin + 0.001 && t.y <= PAGE.height - PAGE.margin);

  it('one page, in reading order: letterhead, date, name, title, paragraphs, reference', () => {
    const layout = layoutLetter(content, mono);
    expect(layout.pages).to.equal(1);
    expect(layout.bodySize).to.equal(11);
    const lines = layout.texts.map((t) => t.text);
    expect(lines[0]).to.equal('U.S. Department of Veterans Affairs');
    expect(lines[1]).to.equal('September 9, 2025');
    expect(lines[2]).to.equal('María José Núñez');
    expect(lines.join(' ')).to.contain(text.title);
    expect(lines.join(' ')).to.contain('Document reference: c75438b4-47f8-44d3-9e35-798158591456');
    const ys = layout.texts.map((t) => t.y);
    expect(ys).to.deep.equal([...ys].sort((a, b) => a - b));
    expect(inside(layout)).to.equal(true);
  });

  it('no name and no document: neither line', () => {
    const lines = layoutLetter({ title: text.title, date: 'May 1, 2025', paragraphs: ['Body.'] }, mono).texts.map((t) => t.text);
    expect(lines).to.deep.equal(['U.S. Department of Veterans Affairs', 'May 1, 2025', text.title, 'Body.']);
  });

  it('a very long name wraps inside the margins', () => {
    const layout = layoutLetter({ ...content, recipientName: 'Maximiliana '.repeat(12) + 'Wolfeschlegelsteinhausenbergerdorffwelchevoralternwarengewissenhaft' }, mono);
    expect(layout.pages).to.equal(1);
    expect(inside(layout)).to.equal(true);
  });

  it('long paragraphs shrink the body to stay on one page', () => {
    const layout = layoutLetter({ ...content, paragraphs: Array(6).fill('word '.repeat(120)) }, mono);
    expect(layout.pages).to.equal(1);
    expect(layout.bodySize).to.be.below(11);
    expect(inside(layout)).to.equal(true);
  });

  it('content too long even at 8 pt flows onto more pages, never off the bottom', () => {
    const layout = layoutLetter({ ...content, paragraphs: Array(40).fill('word '.repeat(120)) }, mono);
    expect(layout.pages).to.be.greaterThan(1);
    expect(layout.bodySize).to.equal(8);
    expect(inside(layout)).to.equal(true);
  });

  it('folds what the font cannot carry before measuring', () => {
    const lines = layoutLetter({ ...content, recipientName: 'Łukasz Wiśniewski' }, mono).texts.map((t) => t.text);
    expect(lines).to.include('Lukasz Wisniewski');
  });
});

describe('letterContent', () => {
  const today = new Date(2026, 10, 23);
  it('the record’s date, paragraphs and document id; the page’s name, trimmed', () => {
    const record: LetterRecord = { documentId: 'doc', date: '2025-09-09T14:18:53', paragraphs: ['Custom.'] };
    expect(letterContent(record, '  Zoë Smith ', today)).to.deep.equal({
      title: text.title,
      date: 'September 9, 2025',
      recipientName: 'Zoë Smith',
      paragraphs: ['Custom.'],
      documentId: 'doc',
    });
  });
  it('defaults: today, the card’s paragraphs, no name, no reference', () => {
    expect(letterContent({}, '   ', today)).to.deep.equal({ title: text.title, date: 'November 23, 2026', paragraphs: [...text.paragraphs] });
  });
});

describe('letterSource: which letter a click saves', () => {
  const cases: [PdfMode | string, LetterRecord, string][] = [
    ['official', { documentId: 'd' }, 'official'],
    ['official', {}, 'official'],
    ['generated', { documentId: 'd' }, 'generated'],
    ['generated', {}, 'generated'],
    ['auto', { documentId: 'd' }, 'official'],
    ['auto', {}, 'generated'],
    ['nonsense', { documentId: 'd' }, 'official'],
    ['nonsense', {}, 'generated'],
  ];
  for (const [mode, record, expected] of cases) {
    it(`${mode} with${record.documentId ? '' : 'out'} a document → ${expected}`, () =>
      expect(letterSource(mode as PdfMode, record)).to.equal(expected));
  }
});

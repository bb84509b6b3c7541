/**
 * The generated letter's layout, as plain data: no jsPDF, no DOM, so the layout is
 * tested with tables and the PDF module only draws what this module placed. Its words come in the
 * content (`letter-content.ts`): this module and the PDF chunk import nothing of the card's chunk,
 * so a card chunk that once failed to load cannot break the letter (`lazy.ts`).
 */

export const PAGE = { width: 612, height: 792, margin: 72 } as const; // US Letter, in points; 1-inch margins

export interface LetterContent {
  /** The letter's title, also the PDF's document title. */
  title: string;
  /** Written out, "September 9, 2025". */
  date: string;
  recipientName?: string;
  paragraphs: string[];
  documentId?: string;
}

/** The characters Windows-1252 adds in 0x80 to 0x9F, beyond Latin-1 (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ). */
const WIN_ANSI_EXTRA = new Set('\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178');

/** Letters with no decomposition to a Latin base letter. */
const FOLD: Record<string, string> = { Ł: 'L', ł: 'l', Đ: 'D', đ: 'd', Ħ: 'H', ħ: 'h', ı: 'i', Ŀ: 'L', ŀ: 'l', Ŧ: 'T', ŧ: 't', Ŋ: 'N', ŋ: 'n', ĸ: 'k', ſ: 's' };

const encodable = (c: string) => {
  const code = c.charCodeAt(0);
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(c);
};

/**
 * Text the PDF's built-in Helvetica can carry. Its encoding (WinAnsi, Windows-1252) covers curly
 * quotes, dashes and Western European accents; anything else makes jsPDF write the whole line in a
 * form no viewer reads back. So other letters fall back to their base letter (Ł→L, ś→s, ễ→e), white
 * space to a space, and what has no Latin form at all to "?". Embedding a Unicode font instead would
 * add hundreds of kilobytes to the lazy chunk for a VA record that is in Latin script.
 */
export function toWinAnsi(value: string): string {
  let out = '';
  for (const c of value.normalize('NFC')) {
    if (encodable(c)) out += c;
    else if (/\s/.test(c)) out += ' ';
    else if (FOLD[c]) out += FOLD[c];
    else {
      const base = c.normalize('NFD').replace(/\p{M}+/gu, '');
      out += base && [...base].every(encodable) ? base : '?';
    }
  }
  return out;
}

export type FontStyle = 'normal' | 'bold';

/** Width of `text` in points, at `size`, in the given style (the PDF module measures with jsPDF's font metrics). */
export type Measure = (text: string, size: number, style: FontStyle) => number;

export interface PlacedText {
  text: string;
  x: number;
  /** Baseline, from the top of the page. */
  y: number;
  size: number;
  style: FontStyle;
  page: number;
}

export interface PlacedRule {
  x1: number;
  x2: number;
  y: number;
  page: number;
}

export interface LetterLayout {
  texts: PlacedText[];
  rules: PlacedRule[];
  pages: number;
  bodySize: number;
}

/** Breaks `content` into lines no wider than `width`; a word wider than a line is cut. */
export function wrap(content: string, width: number, size: number, style: FontStyle, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of content.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, size, style) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    let rest = word;
    while (measure(rest, size, style) > width) {
      let cut = rest.length - 1;
      while (cut > 1 && measure(rest.slice(0, cut), size, style) > width) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

const BODY_SIZES = [11, 10, 9, 8];

/**
 * Places everything on US Letter pages. The body shrinks (11 pt down to 8 pt) to keep the letter on
 * one page; only content too long even then flows onto another page, never off the bottom.
 */
export function layoutLetter(content: LetterContent, measure: Measure): LetterLayout {
  let layout: LetterLayout | undefined;
  for (const bodySize of BODY_SIZES) {
    layout = place(content, measure, bodySize);
    if (layout.pages === 1) return layout;
  }
  return layout!;
}

function place(content: LetterContent, measure: Measure, bodySize: number): LetterLayout {
  const { width: pageWidth, height: pageHeight, margin } = PAGE;
  const width = pageWidth - 2 * margin;
  const bottom = pageHeight - margin;
  const texts: PlacedText[] = [];
  const rules: PlacedRule[] = [];
  let page = 1;
  let y = margin;

  const block = (value: string, size: number, style: FontStyle, after: number) => {
    const leading = size * 1.4;
    for (const line of wrap(toWinAnsi(value), width, size, style, measure)) {
      if (y + leading > bottom) {
        page++;
        y = margin;
      }
      y += leading;
      texts.push({ text: line, x: margin, y, size, style, page });
    }
    y += after;
  };

  block('U.S. Department of Veterans Affairs', 16, 'bold', 6);
  rules.push({ x1: margin, x2: pageWidth - margin, y, page });
  y += 24;
  block(content.date, bodySize, 'normal', bodySize);
  if (content.recipientName) block(content.recipientName, bodySize, 'normal', bodySize);
  block(content.title, 14, 'bold', 10);
  for (const paragraph of content.paragraphs) block(paragraph, bodySize, 'normal', bodySize * 0.8);
  if (content.documentId) {
    y += bodySize;
    block(`Document reference: ${content.documentId}`, Math.min(9, bodySize), 'normal', 0);
  }
  return { texts, rules, pages: page, bodySize };
}

/**
 * The generated letter as a PDF. This module is the lazy chunk: it alone imports jsPDF,
 * and the card loads it only once the Veteran shows intent to download. Only jsPDF's core text API
 * is used; `doc.html()` would pull in html2canvas and dompurify.
 */
import { jsPDF } from 'jspdf';
import { version } from './version.js';
import { layoutLetter, type LetterContent } from './letter.js';

export function buildLetterPdf(content: LetterContent): Blob {
  const doc = new jsPDF({ unit: 'pt', format: 'letter', compress: true });
  const measure = (value: string, size: number, style: 'normal' | 'bold') => {
    doc.setFont('helvetica', style);
    doc.setFontSize(size);
    return doc.getTextWidth(value);
  };
  const layout = layoutLetter(content, measure);

  doc.setProperties({
    title: content.title,
    subject: 'Proof of eligibility for a TSA PreCheck application fee waiver under the VETS Safe Travel Act',
    author: 'U.S. Department of Veterans Affairs',
    creator: `tsa-letter-card ${version}`,
  });
  doc.setLanguage('en-US');

  for (let page = 1; page <= layout.pages; page++) {
    if (page > 1) doc.addPage('letter');
    doc.setLineWidth(1);
    for (const rule of layout.rules.filter((r) => r.page === page)) doc.line(rule.x1, rule.y, rule.x2, rule.y);
    for (const line of layout.texts.filter((t) => t.page === page)) {
      doc.setFont('helvetica', line.style);
      doc.setFontSize(line.size);
      doc.text(line.text, line.x, line.y);
    }
  }
  return doc.output('blob');
}

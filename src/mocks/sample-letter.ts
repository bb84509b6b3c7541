/**
 * A realistic stand-in for the official letter VA.gov serves (VETS Safe Travel Outreach Letter), for
 * mocks: one US Letter page with a letterhead, real text in two fonts, a "SAMPLE" mark, a valid
 * cross-reference table and `%PDF-` first, so the card's checks treat it as the real thing.
 */
type Line = [font: 'F1' | 'F2', size: number, x: number, y: number, text: string];

const lines: Line[] = [
  ['F2', 16, 72, 720, 'U.S. Department of Veterans Affairs'],
  ['F1', 10, 72, 704, 'Veterans Benefits Administration'],
  ['F1', 11, 72, 660, 'September 9, 2025'],
  ['F2', 13, 72, 620, 'VETS Safe Travel Outreach Letter'],
  ['F1', 11, 72, 590, 'Dear Veteran:'],
  ['F1', 11, 72, 566, 'Our records show that you are eligible for a fee waiver for the TSA PreCheck application'],
  ['F1', 11, 72, 551, 'under the VETS Safe Travel Act (Public Law 118-238).'],
  ['F1', 11, 72, 527, 'Print this letter and bring it with you when you complete your TSA PreCheck application.'],
  ['F1', 11, 72, 503, 'If you have questions, call VA Benefits and Services at 800-827-1000 (TTY: 711).'],
  ['F1', 11, 72, 463, 'Sincerely,'],
  ['F1', 11, 72, 439, 'Veterans Benefits Administration'],
  ['F2', 9, 72, 96, 'SAMPLE: produced by the tsa-letter-card mock API. Not a real letter; not valid for TSA.'],
];

const escape = (text: string) => text.replace(/[\\()]/g, (c) => `\\${c}`);

export function sampleLetterPdf(): Uint8Array {
  const content = [
    // The rule sits under the letterhead's second line, not through it.
    '0.6 w 72 694 m 540 694 l S',
    ...lines.map(([font, size, x, y, text]) => `BT /${font} ${size} Tf ${x} ${y} Td (${escape(text)}) Tj ET`),
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R /Lang (en-US) >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Title (VETS Safe Travel Outreach Letter \\(SAMPLE\\)) /Author (tsa-letter-card mocks) /Producer (tsa-letter-card mocks) >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 7 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

/**
 * A small but valid one-page PDF standing in for the official letter in mocks: real text, a correct
 * cross-reference table, `%PDF-` first, so the card's checks treat it as the real thing.
 */
const lines = [
  'U.S. Department of Veterans Affairs',
  'VETS Safe Travel Outreach Letter (SAMPLE, not a real letter)',
  '',
  'This sample letter stands in for the official TSA PreCheck Application Fee Waiver Letter',
  'that VA.gov serves to eligible Veterans. It was produced by the tsa-letter-card mock API.',
];

const escape = (line: string) => line.replace(/[\\()]/g, (c) => `\\${c}`);

export function sampleLetterPdf(): Uint8Array {
  const content = ['BT', '/F1 12 Tf', '16 TL', '72 720 Td', ...lines.map((l) => `(${escape(l)}) Tj T*`), 'ET'].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Title (VETS Safe Travel Outreach Letter \\(sample\\)) /Producer (tsa-letter-card mocks) >>',
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
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

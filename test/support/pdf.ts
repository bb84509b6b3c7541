/** Reads a PDF back as a Veteran's viewer would, with Mozilla's pdf.js: pages, text, properties. */
import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';

GlobalWorkerOptions.workerSrc = '/node_modules/pdfjs-dist/build/pdf.worker.min.mjs';

export interface ReadPdf {
  pages: { width: number; height: number; lines: string[] }[];
  info: Record<string, string>;
  /** The PDF's bytes as Latin-1 text, for what pdf.js does not expose (the catalog's /Lang). */
  raw: string;
  text: string;
}

type Page = Awaited<ReturnType<Awaited<ReturnType<typeof getDocument>['promise']>['getPage']>>;
type TextItems = Awaited<ReturnType<Page['getTextContent']>>['items'];

/**
 * The page's text items, read from pdf.js's stream with a reader: `getTextContent()` iterates the
 * stream with `for await`, which WebKit's ReadableStream does not support.
 */
async function textItems(page: Page): Promise<TextItems> {
  const reader = page.streamTextContent().getReader();
  const items: TextItems = [];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return items;
    items.push(...(value as { items: TextItems }).items);
  }
}

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const raw = new TextDecoder('latin1').decode(bytes);
  const pdf = await getDocument({ data: bytes.slice() }).promise;
  const pages: ReadPdf['pages'] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const [, , width, height] = page.view;
    // One entry per drawn line: the layout draws each line with one text call.
    const lines = (await textItems(page)).map((item) => ('str' in item ? item.str : '')).filter((s) => s.trim() !== '');
    pages.push({ width, height, lines });
  }
  const info = (await pdf.getMetadata()).info as unknown as Record<string, string>;
  await pdf.destroy();
  return { pages, info, raw, text: pages.flatMap((p) => p.lines).join('\n') };
}

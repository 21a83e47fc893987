// Reads a PDF back the way a person's viewer would: with poppler's pdftotext
// and pdfinfo (Debian's poppler-utils, installed on CI too), from files in a
// folder of the test file's own that goes once its tests are done.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll } from 'vitest';

const run = promisify(execFile);

export type PdfReader = {
  /** Writes the PDF to a file of its own and returns the file's path. */
  save: (pdf: Uint8Array | ArrayBuffer) => Promise<string>;
  /** pdftotext's reading of the file, with pdftotext's `options` (pages, layout, area). */
  text: (file: string, options?: string[]) => Promise<string>;
  pages: (file: string) => Promise<number>;
};

export function pdfReaderForFile(): PdfReader {
  let folder: string | undefined;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'headway-pdf-'));
  });
  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });
  return {
    save: async (pdf) => {
      if (!folder) throw new Error('The PDF folder is made in beforeAll: read PDFs inside a test or hook.');
      const file = path.join(folder, `${Math.random().toString(36).slice(2)}.pdf`);
      await writeFile(file, pdf instanceof ArrayBuffer ? Buffer.from(pdf) : pdf);
      return file;
    },
    text: async (file, options = []) => (await run('pdftotext', [...options, file, '-'])).stdout,
    pages: async (file) => Number(/^Pages:\s+(\d+)/m.exec((await run('pdfinfo', [file])).stdout)?.[1]),
  };
}

/** Every page's text with each run of white space as one space, as a search reads it. */
export async function pdfTextOf(reader: PdfReader, pdf: Uint8Array | ArrayBuffer): Promise<string> {
  return (await reader.text(await reader.save(pdf))).replace(/\s+/g, ' ');
}

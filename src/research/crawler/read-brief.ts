import { readFile, stat } from 'node:fs/promises';
import { FactoryError } from '../../errors/factory-error.ts';
import type { SiteSnapshot } from '../site-snapshot.ts';

/** A brief is a page or two of prose; anything bigger is almost certainly the wrong file. */
export const MAX_BRIEF_BYTES = 200 * 1024;
/** Share of control characters above which a file is binary, not text in an odd encoding. */
const MAX_CONTROL_RATIO = 0.05;

/**
 * Reads a plain-text brief, the alternative to a website for a business that has none, and wraps
 * it in a snapshot so research treats both the same way.
 *
 * @example
 * const snapshot = await readBrief('clients/acme/brief.txt');
 * snapshot.brief?.text;
 */
export async function readBrief(file: string): Promise<SiteSnapshot> {
  const size = await sizeOf(file);
  if (size > MAX_BRIEF_BYTES) {
    throw new FactoryError(
      'BRIEF_TOO_LARGE',
      `The brief ${file} is ${Math.ceil(size / 1024)} KB; the limit is ${MAX_BRIEF_BYTES / 1024} KB.`,
      'Shorten the brief to what describes the business, its offer and its customers.',
    );
  }

  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw briefNotFound(file, error.code);
  });
  const text = decodeText(bytes)?.replace(/^\uFEFF/, '') ?? null;
  if (text === null) {
    throw new FactoryError(
      'BRIEF_NOT_TEXT',
      `The brief ${file} is not a plain-text file.`,
      'Save the brief as plain text (.txt or .md), not as a Word document, PDF or image.',
    );
  }
  if (text.trim() === '') {
    throw new FactoryError(
      'BRIEF_EMPTY',
      `The brief ${file} is empty.`,
      'Write a few paragraphs about the business, its offer and its customers, then try again.',
    );
  }

  return {
    kind: 'brief',
    rootUrl: null,
    fetchedAt: new Date().toISOString(),
    pages: [],
    stylesheets: [],
    skipped: [],
    robots: { found: false, crawlDelaySeconds: null },
    sitemapUrls: [],
    brief: { file, text },
  };
}

async function sizeOf(file: string): Promise<number> {
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
    throw briefNotFound(file, error.code);
  });
  if (!info.isFile()) throw briefNotFound(file, 'EISDIR');
  return info.size;
}

function briefNotFound(file: string, code: string | undefined): FactoryError {
  const what =
    code === 'ENOENT' || code === 'ENOTDIR'
      ? `There is no brief file at ${file}.`
      : code === 'EISDIR'
        ? `The brief ${file} is a folder, not a file.`
        : `The brief ${file} could not be read (${code ?? 'unknown error'}).`;
  return new FactoryError(
    'BRIEF_NOT_FOUND',
    what,
    'Check the path given with --file (relative paths start from the current folder) and that the file is readable.',
  );
}

/** UTF-8 when it is valid, else Windows-1252 (what older editors save); null when binary. */
function decodeText(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  let controls = 0;
  for (let index = 0; index < text.length; index++) {
    if (isBinaryControl(text.charCodeAt(index))) controls++;
  }
  return controls > text.length * MAX_CONTROL_RATIO ? null : text;
}

/** Control characters no text editor writes; tab, newlines and form feed are fine. */
function isBinaryControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f;
}

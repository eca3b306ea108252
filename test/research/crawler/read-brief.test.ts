import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FactoryError } from '../../../src/errors/factory-error.ts';
import { readBrief } from '../../../src/research/crawler/index.ts';

let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'brief-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

async function briefFile(name: string, content: string | Buffer): Promise<string> {
  const file = join(folder, name);
  await writeFile(file, content);
  return file;
}

async function briefError(file: string): Promise<FactoryError> {
  const error = await readBrief(file).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(FactoryError);
  expect((error as FactoryError).hint).not.toBe('');
  return error as FactoryError;
}

describe('readBrief', () => {
  it('wraps the text of a brief in a snapshot of kind brief', async () => {
    const file = await briefFile('bakery.txt', 'Boulangerie Martin bakes sourdough in Lyon.\n');

    const snapshot = await readBrief(file);

    expect(snapshot).toMatchObject({
      kind: 'brief',
      rootUrl: null,
      pages: [],
      stylesheets: [],
      skipped: [],
      sitemapUrls: [],
      brief: { file, text: 'Boulangerie Martin bakes sourdough in Lyon.\n' },
    });
    expect(Number.isNaN(Date.parse(snapshot.fetchedAt))).toBe(false);
  });

  it('reads a brief saved as Windows-1252 by an older editor', async () => {
    const file = await briefFile('latin.txt', Buffer.from('Crème brûlée every day.', 'latin1'));

    expect((await readBrief(file)).brief?.text).toBe('Crème brûlée every day.');
  });

  it('fails with BRIEF_NOT_FOUND for a missing file, naming it', async () => {
    const file = join(folder, 'missing.txt');

    const error = await briefError(file);

    expect(error.code).toBe('BRIEF_NOT_FOUND');
    expect(error.message).toContain(file);
  });

  it('fails with BRIEF_NOT_FOUND for a folder', async () => {
    expect((await briefError(folder)).code).toBe('BRIEF_NOT_FOUND');
  });

  it('fails with BRIEF_EMPTY for a file of whitespace only', async () => {
    const file = await briefFile('blank.txt', ' \n\t\n  ');

    expect((await briefError(file)).code).toBe('BRIEF_EMPTY');
  });

  it('fails with BRIEF_NOT_TEXT for a binary file', async () => {
    const file = await briefFile('brief.docx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]));

    expect((await briefError(file)).code).toBe('BRIEF_NOT_TEXT');
  });

  it('fails with BRIEF_TOO_LARGE above 200 KB', async () => {
    const file = await briefFile('novel.txt', 'word '.repeat(41_000));

    const error = await briefError(file);

    expect(error.code).toBe('BRIEF_TOO_LARGE');
    expect(error.message).toContain('200 KB');
  });

  it('accepts a brief of exactly 200 KB', async () => {
    const file = await briefFile('long.txt', 'a'.repeat(200 * 1024));

    expect((await readBrief(file)).brief?.text).toHaveLength(200 * 1024);
  });
});

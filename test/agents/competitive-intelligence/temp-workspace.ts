import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { z } from 'zod';
import type { Workspace } from '../../../src/agents/builder-agent.ts';

/** A client directory in a temporary folder, with real files, read through the Workspace interface. */
export interface TempWorkspace extends Workspace {
  write(path: string, content: string): Promise<void>;
  remove(): Promise<void>;
}

export async function createTempWorkspace(slug: string): Promise<TempWorkspace> {
  const dir = await mkdtemp(join(tmpdir(), `ci-${slug}-`));
  const readText = (path: string) => readFile(join(dir, path), 'utf8');
  return {
    slug,
    dir,
    readText,
    async readJson<T>(path: string, schema: z.ZodType<T>): Promise<T> {
      return schema.parse(JSON.parse(await readText(path)));
    },
    async exists(path: string) {
      return stat(join(dir, path)).then(
        () => true,
        () => false,
      );
    },
    async write(path: string, content: string) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), content);
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import type { Workspace } from '../agents/builder-agent.ts';
import { FactoryError } from '../errors/factory-error.ts';

/** A client directory seen through the Workspace interface agents distil their context from. */
export function clientWorkspace(slug: string, dir: string): Workspace {
  return {
    slug,
    dir,
    async readText(path) {
      try {
        return await readFile(join(dir, path), 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
          throw new FactoryError(
            'ARTIFACT_MISSING',
            `${path} does not exist in ${dir}`,
            'run the agent that produces it first',
          );
        }
        throw error;
      }
    },
    async readJson<T>(path: string, schema: z.ZodType<T>): Promise<T> {
      const text = await this.readText(path);
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch (error) {
        throw new FactoryError(
          'ARTIFACT_INVALID',
          `${path} is not valid JSON: ${(error as Error).message}`,
          'fix the file by hand or re-run with --force',
        );
      }
      const parsed = schema.safeParse(data);
      if (!parsed.success) {
        const problems = parsed.error.issues
          .slice(0, 5)
          .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
          .join('; ');
        throw new FactoryError(
          'ARTIFACT_INVALID',
          `${path} does not match its schema: ${problems}`,
          'fix the file by hand or re-run with --force',
        );
      }
      return parsed.data;
    },
    async exists(path) {
      try {
        await access(join(dir, path));
        return true;
      } catch {
        return false;
      }
    },
  };
}

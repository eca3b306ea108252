import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Workspace } from '../builder-agent.ts';
import { QA_ARTIFACTS } from './qa-artifacts.ts';
import type { QaInput } from './qa-input.ts';

/**
 * Reads every artifact QA checks that exists, as text: parsing is QA's job, so an unreadable or
 * invalid file becomes a finding in the report rather than a crash before it.
 */
export async function distillQa(workspace: Workspace): Promise<QaInput> {
  const paths: string[] = [];
  for (const artifact of QA_ARTIFACTS) {
    if (artifact.endsWith('/')) paths.push(...(await listFiles(workspace.dir, artifact)));
    else if (await workspace.exists(artifact)) paths.push(artifact);
  }
  const files: Record<string, string> = {};
  for (const path of [...new Set(paths)].sort()) {
    // The website's pages are what QA reads there; its assets are bytes, styles and scripts.
    if (path.startsWith('website/') && !/\.html?$/.test(path)) continue;
    files[path] = await workspace.readText(path);
  }
  return { slug: workspace.slug, files };
}

/** Images, fonts and documents are not text QA can check; their bytes would only bloat the input. */
const BINARY = /\.(png|jpe?g|gif|webp|avif|ico|pdf|woff2?|ttf|otf|mp4|mov|webm|zip|gz)$/i;

/** Files under `folder` (recursively), as paths relative to the client directory; none when it is absent. */
async function listFiles(dir: string, folder: string): Promise<string[]> {
  let entries: { name: string; isDirectory(): boolean; isFile(): boolean }[];
  try {
    entries = await readdir(join(dir, folder), { withFileTypes: true });
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = `${folder}${entry.name}`;
    if (entry.isDirectory()) files.push(...(await listFiles(dir, `${path}/`)));
    else if (entry.isFile() && !BINARY.test(entry.name)) files.push(path);
  }
  return files;
}

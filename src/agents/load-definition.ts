import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { type AgentDefinition, AgentFrontMatter } from './agent-definition.ts';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Reads `definition.md`: YAML front matter validated by AgentFrontMatter, the markdown body kept as is. */
export async function loadDefinition(file: string): Promise<AgentDefinition> {
  const text = await readFile(file, 'utf8');
  const match = FRONT_MATTER.exec(text);
  if (!match) throw new Error(`${file}: no front matter (a definition starts with a --- block)`);
  const parsed = AgentFrontMatter.safeParse(parseYaml(match[1] ?? ''));
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ');
    throw new Error(`${file}: invalid front matter: ${problems}`);
  }
  const body = (match[2] ?? '').trim();
  for (const section of ['## Role', '## Goal', '## Constraints', '## Success criteria']) {
    if (!body.includes(section)) throw new Error(`${file}: the body has no "${section}" section`);
  }
  return { ...parsed.data, body, file };
}

import type { AgentDefinition } from '../agents/agent-definition.ts';
import type { ChangeLogEntry, Manifest } from './manifest.ts';

/** The version-control role: which artifact came from which, and what each build changed. */

function covers(need: string, path: string): boolean {
  return need === path || (need.endsWith('/') && path.startsWith(need));
}

/** Resolves every agent's needs to the artifact files recorded in the manifest. */
export function dependencyMap(manifest: Manifest, definitions: AgentDefinition[]): Record<string, string[]> {
  const needsOf = new Map(definitions.map((definition) => [definition.name, definition.needs]));
  const paths = Object.keys(manifest.artifacts).sort();
  const map: Record<string, string[]> = {};
  for (const path of paths) {
    const needs = needsOf.get(manifest.artifacts[path]!.agent) ?? [];
    map[path] = paths.filter(
      (candidate) => candidate !== path && needs.some((need) => covers(need, candidate)),
    );
  }
  return map;
}

/** The difference between two artifact states, as one change-log entry (null when nothing changed). */
export function changeLogEntry(
  before: Record<string, { hash: string; agent: string }>,
  after: Record<string, { hash: string; agent: string }>,
  at: string,
  command: string,
): ChangeLogEntry | null {
  const changes: ChangeLogEntry['changes'] = [];
  for (const path of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    const old = before[path];
    const now = after[path];
    if (!old && now)
      changes.push({ path, change: 'added', agent: now.agent, from_hash: null, to_hash: now.hash });
    else if (old && !now)
      changes.push({ path, change: 'removed', agent: old.agent, from_hash: old.hash, to_hash: null });
    else if (old && now && old.hash !== now.hash) {
      changes.push({ path, change: 'changed', agent: now.agent, from_hash: old.hash, to_hash: now.hash });
    }
  }
  return changes.length > 0 ? { at, command, changes } : null;
}

export function artifactState(manifest: Manifest): Record<string, { hash: string; agent: string }> {
  return Object.fromEntries(
    Object.entries(manifest.artifacts).map(([path, record]) => [
      path,
      { hash: record.output_hash, agent: record.agent },
    ]),
  );
}

import type { SiteSnapshot } from '../../research/site-snapshot.ts';
import { SiteSnapshotSchema } from '../../research/site-snapshot-schema.ts';
import type { Workspace } from '../builder-agent.ts';

export const SNAPSHOT_PATH = 'research/sources/snapshot.json';

/** The snapshot without its fetch time: research depends on what the site says, not when it was read. */
export type BrandResearchInput = Omit<SiteSnapshot, 'fetchedAt'>;

export async function distillBrandResearch(workspace: Workspace): Promise<BrandResearchInput> {
  const { fetchedAt: _fetchedAt, ...snapshot } = await workspace.readJson(SNAPSHOT_PATH, SiteSnapshotSchema);
  return snapshot;
}

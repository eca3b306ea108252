import type { z } from 'zod';
import type { Workspace } from '../agents/builder-agent.ts';
import { AdCopy } from '../schemas/ad-copy.ts';
import { BrandConfig } from '../schemas/brand-config.ts';
import { BrandProfile } from '../schemas/brand-profile.ts';
import { siteWording } from './site-wording.ts';

export const BRAND_CONFIG_PATH = 'brand-config.json';
export const PROFILE_PATH = 'research/brand-profile.json';
export const AD_COPY_PATH = 'creative/ad-copy.json';

/** brand-config.json (required) and the brand profile (null when absent or not matching its schema). */
export async function readBrand(
  workspace: Workspace,
): Promise<{ config: BrandConfig; profile: BrandProfile | null }> {
  const config = await workspace.readJson(BRAND_CONFIG_PATH, BrandConfig);
  const profile = await readOptional(workspace, PROFILE_PATH, BrandProfile);
  return siteWording(config, profile);
}

/** The ad copy when the creative director has written it for this brand; null otherwise. */
export async function readAdCopy(workspace: Workspace, brandId: string): Promise<AdCopy | null> {
  const copy = await readOptional(workspace, AD_COPY_PATH, AdCopy);
  return copy && copy.brand_id === brandId ? copy : null;
}

/** A JSON file that may be missing or stale: null rather than a failed build. */
export async function readOptional<T>(
  workspace: Workspace,
  path: string,
  schema: z.ZodType<T>,
): Promise<T | null> {
  if (!(await workspace.exists(path))) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(await workspace.readText(path)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

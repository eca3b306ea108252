import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { z } from 'zod';
import { readBrandSeed } from '../agents/database-schema/seed-client-store.ts';
import { FactoryError } from '../errors/factory-error.ts';
import { assertClientSlug } from '../factory/client-slug.ts';
import { AdCopy } from '../schemas/ad-copy.ts';
import { BrandConfig } from '../schemas/brand-config.ts';
import { type ConversionKind, conversionKindOf } from '../schemas/business-model.ts';
import { Policy } from '../schemas/policy.ts';
import type { BrandSeed } from '../store/index.ts';

/** What an ad carries that learning needs: who it speaks to and how (from creative/ad-copy.json). */
export interface AdProfile {
  platform: string;
  demographic: string;
  pillar: string;
  tones: string[];
}

/** Everything the client's runtime reads from the client directory the factory built. */
export interface ClientSetup {
  slug: string;
  clientDir: string;
  policy: Policy;
  seed: BrandSeed;
  brandName: string;
  /** Leads businesses count conversions; online stores count purchases with revenue. */
  conversionKind: ConversionKind;
  adProfiles: Map<string, AdProfile>;
}

/**
 * Reads and validates `automation/policy.json`, `database/seed.json`, `brand-config.json` and
 * `creative/ad-copy.json`. A missing or invalid file is a FactoryError naming it and what to do.
 */
export async function loadClientSetup(clientsDir: string, slugInput: string): Promise<ClientSetup> {
  const slug = assertClientSlug(slugInput);
  const clientDir = resolve(clientsDir, slug);
  const policy = await readJson(clientDir, 'automation/policy.json', Policy, slug);
  const brandConfig = await readJson(clientDir, 'brand-config.json', BrandConfig, slug);
  const adCopy = await readJson(clientDir, 'creative/ad-copy.json', AdCopy, slug);
  const seed = await readBrandSeed(join(clientDir, 'database/seed.json'));
  const adProfiles = new Map<string, AdProfile>();
  const variants = new Map(adCopy.variants.map((variant) => [variant.id, variant]));
  for (const ad of seed.ads) {
    const variant = variants.get(ad.variant_id);
    if (!variant) continue;
    adProfiles.set(ad.id, {
      platform: variant.platform,
      demographic: variant.demographic,
      pillar: variant.pillar,
      tones: [...variant.tone],
    });
  }
  return {
    slug,
    clientDir,
    policy,
    seed,
    brandName: seed.brand.name,
    conversionKind: conversionKindOf(brandConfig.business_model),
    adProfiles,
  };
}

async function readJson<T extends z.ZodType>(
  clientDir: string,
  file: string,
  schema: T,
  slug: string,
): Promise<z.infer<T>> {
  const path = join(clientDir, file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new FactoryError(
      'CLIENT_INCOMPLETE',
      `client "${slug}" has no ${file} (${path})`,
      `build it: factory spawn-client --name ${slug} (it resumes and builds what is missing), or check --clients-dir`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new FactoryError(
      'CLIENT_FILE_INVALID',
      `${path} is not valid JSON: ${(error as Error).message}`,
      'fix the file or rebuild it with factory spawn-client --force',
    );
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new FactoryError(
      'CLIENT_FILE_INVALID',
      `${path}: ${issue?.path.join('.') || '(root)'} ${issue?.message ?? 'is invalid'}`,
      "fix the value (see the file's schema in the docs) or rebuild it with factory spawn-client --force",
    );
  }
  return parsed.data;
}

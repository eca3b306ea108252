import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SnapshotAsset } from '../../research/site-snapshot.ts';
import { SiteSnapshotSchema } from '../../research/site-snapshot-schema.ts';
import type { BrandConfig } from '../../schemas/brand-config.ts';
import type { BrandProfile } from '../../schemas/brand-profile.ts';
import {
  type BrandImages,
  brandAssets,
  MIN_CONTRAST,
  planCommerce,
  readBrand,
  readOptional,
  renderDesign,
  SiteCommerce,
  SiteForms,
  SitePlan,
  SiteTheme,
  siteTheme,
} from '../../website/index.ts';
import type { Artifact, BinaryArtifact, BuilderAgent, Workspace } from '../builder-agent.ts';

const SNAPSHOT_PATH = 'research/sources/snapshot.json';

/** One image research downloaded, its bytes as base64 so a changed image changes the input hash. */
export interface DesignerImage {
  role: SnapshotAsset['role'];
  contentType: string;
  alt: string | null;
  base64: string;
}

export interface WebsiteDesignerInput {
  config: BrandConfig;
  profile: BrandProfile | null;
  plan: SitePlan;
  forms: SiteForms;
  commerce: SiteCommerce;
  images: DesignerImage[];
}

/**
 * Phase 5: the theme (brand colours with AA enforced) and the core pages from templates/site and
 * the site plan, with the brand's logo and images that the crawler downloaded copied into
 * `website/assets/images/` (never hot-linked). Pure computation once the input is read.
 */
export const websiteDesigner: Omit<BuilderAgent<WebsiteDesignerInput, SiteTheme>, 'definition'> = {
  schema: SiteTheme,
  async distill(workspace) {
    const { config, profile } = await readBrand(workspace);
    const plan = await workspace.readJson('website/site-plan.json', SitePlan);
    const forms = await workspace.readJson('website/forms.json', SiteForms);
    const commerce =
      (await readOptional(workspace, 'website/commerce.json', SiteCommerce)) ?? planCommerce(config, profile);
    return { config, profile, plan, forms, commerce, images: await readImages(workspace) };
  },
  offline: ({ config, profile, images }, context) => {
    const { logo } = brandAssets(brandImages(images), config.brand_name);
    const theme = siteTheme(config.brand_colors, profile, logo);
    for (const change of theme.adjusted)
      context.note(
        'decision',
        `Theme: ${change.role} ${change.brand} fails WCAG AA, ${change.used} is used instead.`,
      );
    return theme;
  },
  validate(theme) {
    return theme.pairs
      .filter((pair) => pair.ratio < MIN_CONTRAST)
      .map((pair) => `theme: ${pair.name} has contrast ${pair.ratio} (< ${MIN_CONTRAST})`);
  },
  render: (theme, input): Artifact[] =>
    design(theme, input).flatMap(({ path, content }) =>
      typeof content === 'string' ? [{ path, content }] : [],
    ),
  renderBinary: (theme, input): BinaryArtifact[] =>
    design(theme, input).flatMap(({ path, content }) =>
      typeof content === 'string' ? [] : [{ path, content }],
    ),
};

function design(theme: SiteTheme, input: WebsiteDesignerInput) {
  const { images, ...rest } = input;
  return renderDesign({ ...rest, theme, images: brandImages(images) }).files.map(({ path, content }) => ({
    path: `website/${path}`,
    content,
  }));
}

function brandImages(images: DesignerImage[]): BrandImages {
  const bytes = (image: DesignerImage) => ({
    bytes: new Uint8Array(Buffer.from(image.base64, 'base64')),
    contentType: image.contentType,
  });
  const logo = images.find((image) => image.role === 'logo');
  return {
    ...(logo ? { logo: bytes(logo) } : {}),
    images: images
      .filter((image) => image.role === 'image')
      .map((image) => ({ ...bytes(image), alt: image.alt })),
  };
}

/**
 * The images the snapshot lists, read from beside it. The schema only admits file names under
 * research/sources/assets/, so an edited snapshot cannot make this read anything else; a missing
 * or unreadable file is left out rather than failing the build.
 */
async function readImages(workspace: Workspace): Promise<DesignerImage[]> {
  const snapshot = await readOptional(workspace, SNAPSHOT_PATH, SiteSnapshotSchema);
  const images: DesignerImage[] = [];
  for (const asset of snapshot?.assets ?? []) {
    let content: Buffer;
    try {
      content = await readFile(join(workspace.dir, asset.file));
    } catch {
      continue;
    }
    images.push({
      role: asset.role,
      contentType: asset.contentType,
      alt: asset.alt,
      base64: content.toString('base64'),
    });
  }
  return images;
}

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SiteSnapshotSchema } from '../../research/site-snapshot-schema.ts';
import type { BrandConfig } from '../../schemas/brand-config.ts';
import type { BrandProfile } from '../../schemas/brand-profile.ts';
import {
  type BrandImages,
  brandAssets,
  type ImageVariant,
  MIN_CONTRAST,
  type PreparedImages,
  type PreparedLogo,
  type PreparedPhoto,
  planCommerce,
  prepareBrandImages,
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

/** An image variant with its bytes as base64, so a changed image changes the input hash. */
interface EncodedVariant extends Omit<ImageVariant, 'bytes'> {
  base64: string;
}

/** The brand's images as prepareBrandImages sized them, in a JSON-safe form. */
export interface DesignerImages {
  logo: (Omit<PreparedLogo, 'variant'> & { variant: EncodedVariant }) | null;
  photos: Array<Omit<PreparedPhoto, 'variants'> & { variants: EncodedVariant[] }>;
}

export interface WebsiteDesignerInput {
  config: BrandConfig;
  profile: BrandProfile | null;
  plan: SitePlan;
  forms: SiteForms;
  commerce: SiteCommerce;
  images: DesignerImages;
}

/**
 * Phase 5: the theme (brand colours with AA enforced, the logo's colour leading) and the core pages
 * from templates/site and the site plan, with the brand's logo and photos that the crawler
 * downloaded, sized with sharp while the input is read, copied into `website/assets/images/`
 * (never hot-linked). Pure computation once the input is read.
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
    const theme = siteTheme(config.brand_colors, profile, brandAssets(decode(images), config.brand_name));
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
  return renderDesign({ ...rest, theme, images: decode(images) }).files.map(({ path, content }) => ({
    path: `website/${path}`,
    content,
  }));
}

function decode(images: DesignerImages): PreparedImages {
  const variant = ({ base64, ...rest }: EncodedVariant): ImageVariant => ({
    ...rest,
    bytes: new Uint8Array(Buffer.from(base64, 'base64')),
  });
  return {
    logo: images.logo ? { ...images.logo, variant: variant(images.logo.variant) } : null,
    photos: images.photos.map((photo) => ({ ...photo, variants: photo.variants.map(variant) })),
  };
}

function encode(images: PreparedImages): DesignerImages {
  const variant = ({ bytes, ...rest }: ImageVariant): EncodedVariant => ({
    ...rest,
    base64: Buffer.from(bytes).toString('base64'),
  });
  return {
    logo: images.logo ? { ...images.logo, variant: variant(images.logo.variant) } : null,
    photos: images.photos.map((photo) => ({ ...photo, variants: photo.variants.map(variant) })),
  };
}

/**
 * The images the snapshot lists, read from beside it. The schema only admits file names under
 * research/sources/assets/, so an edited snapshot cannot make this read anything else; a missing
 * or unreadable file is left out rather than failing the build.
 */
async function readImages(workspace: Workspace): Promise<DesignerImages> {
  const snapshot = await readOptional(workspace, SNAPSHOT_PATH, SiteSnapshotSchema);
  const images: BrandImages = { images: [] };
  for (const asset of snapshot?.assets ?? []) {
    let content: Buffer;
    try {
      content = await readFile(join(workspace.dir, asset.file));
    } catch {
      continue;
    }
    const image = { bytes: new Uint8Array(content), contentType: asset.contentType };
    if (asset.role === 'logo') images.logo ??= image;
    else images.images.push({ ...image, alt: asset.alt });
  }
  return encode(await prepareBrandImages(images));
}

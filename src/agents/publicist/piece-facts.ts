import type { PlatformId } from '../../schemas/brand-config.ts';
import type { CreativeBrief } from '../../schemas/creative-brief.ts';
import type { PlannedPiece } from './plan-month.ts';
import { describeShape, PLATFORM_GUIDES, shapeFor } from './platform-guides.ts';
import type { PublicistInput } from './publicist-input.ts';

/** The brief, audience and pillar behind a piece, looked up once so every document says the same. */
export interface PieceFacts {
  brief: CreativeBrief;
  audience: string;
  pillar: { name: string; message: string } | null;
  /** "vertical 9:16, 30 seconds" or "square 1:1, photos". */
  shapeAndLength: string;
  /** What to make, e.g. "Meet the team" or "Meet the team, re-shot for Google". */
  what: string;
}

export function briefById(input: PublicistInput, id: string): CreativeBrief {
  const brief = input.creative.briefs.find((candidate) => candidate.id === id);
  if (!brief) throw new Error(`No brief "${id}" in the creative plan`);
  return brief;
}

export function audienceName(input: PublicistInput, id: string): string {
  return input.audiences.find((audience) => audience.id === id)?.name ?? 'your customers';
}

/** A brief for still photos: no running time, or a photo format that names no video. */
export function isPhotoBrief(brief: CreativeBrief): boolean {
  return (
    brief.duration_seconds <= 0 || (/photo|image/i.test(brief.format) && !/video|clip/i.test(brief.format))
  );
}

export function lengthOf(brief: CreativeBrief): string {
  if (isPhotoBrief(brief)) return 'photos';
  return brief.duration_seconds < 60
    ? `${brief.duration_seconds} seconds`
    : `${Math.round((brief.duration_seconds / 60) * 10) / 10} minutes`;
}

export function pieceFacts(input: PublicistInput, piece: PlannedPiece): PieceFacts {
  const brief = briefById(input, piece.briefId);
  const pillar = input.creative.pillars.find((candidate) => candidate.id === brief.pillar) ?? null;
  // An adaptation is filmed for its own platform, so it takes that platform's shape.
  const shape =
    piece.platform === brief.platform
      ? shapeFor(brief.format, brief.platform)
      : PLATFORM_GUIDES[piece.platform].shape;
  const label = PLATFORM_GUIDES[piece.platform].label;
  const what =
    piece.kind === 'first'
      ? brief.title
      : piece.kind === 'adaptation'
        ? `${brief.title}, filmed again for ${label}`
        : `${brief.title}, new take (take ${piece.take ?? 2})`;
  return {
    brief,
    audience: audienceName(input, brief.demographic),
    pillar: pillar ? { name: pillar.name, message: pillar.message } : null,
    shapeAndLength: `${describeShape(shape)}, ${lengthOf(brief)}`,
    what,
  };
}

/** The brand config's platforms, then any a brief is written for, each once. */
export function platformsInPlan(input: PublicistInput): PlatformId[] {
  return [
    ...new Set([
      ...input.platforms.map((platform) => platform.id),
      ...input.creative.briefs.map((brief) => brief.platform),
    ]),
  ];
}

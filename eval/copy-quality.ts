import type { QaReport } from '../src/agents/qa/index.ts';
import { distinctVariantShare } from '../src/creative/index.ts';
import type { AdCopy } from '../src/schemas/ad-copy.ts';

/** The copy figures of one spawned client: the editor's blocking problems and how distinct its ads are. */
export interface CopyQualityFigures {
  /** Blocking problems of QA's copy-quality check; null when QA did not run. */
  blocking: number | null;
  /** Share of ad variants that no other variant of their campaign nearly repeats; null without ad copy. */
  distinctShare: number | null;
}

/** Reads the figures from QA's report and the ad copy, as the evaluation prints them. */
export function copyQualityFigures(report: QaReport | undefined, copy: AdCopy | null): CopyQualityFigures {
  const check = report?.checks.find((item) => item.id === 'copy-quality');
  return {
    blocking: report ? (check?.status === 'fail' ? check.details.length : 0) : null,
    distinctShare: copy ? distinctVariantShare(copy.variants) : null,
  };
}

/** The two columns' cells: blocking count and distinct share as a percentage. */
export function copyQualityCells(figures: CopyQualityFigures): string {
  const blocking = figures.blocking === null ? '–' : String(figures.blocking);
  const share = figures.distinctShare === null ? '–' : `${Math.round(figures.distinctShare * 100)}%`;
  return `${blocking.padStart(6)}${share.padStart(8)}`;
}

export const COPY_QUALITY_HEADER = `${'copy'.padStart(6)}${'distinct'.padStart(8)}`;

import type { Finding, FoundItem, Source, SourceKind } from '../../schemas/finding.ts';
import { clip } from './text-utils.ts';

/** Builds a provenance record; the excerpt is always capped because it quotes untrusted text. */
export function evidence(kind: SourceKind, page: string, selector?: string, excerpt?: string): Source {
  const source: Source = { kind, page };
  if (selector) source.selector = clip(selector, 120);
  if (excerpt) source.excerpt = clip(excerpt);
  return source;
}

export function found<T>(value: T, confidence: number, sources: Source[]): FoundItem<T> {
  return { value, confidence: roundConfidence(confidence), sources };
}

export function known<T>(value: T, confidence: number, sources: Source[]): Finding<T> {
  return { value, confidence: roundConfidence(confidence), sources };
}

export function roundConfidence(confidence: number): number {
  return Math.round(Math.min(1, Math.max(0, confidence)) * 100) / 100;
}

import type { FoundItem, Source } from '../../schemas/finding.ts';

const MAX_SOURCES = 5;

/**
 * Folds repeated sightings of the same value into one item: the best-sourced value wins, sources
 * accumulate, and each extra independent sighting nudges confidence up a little.
 */
export function mergeFound<T>(items: FoundItem<T>[], keyOf: (value: T) => string): FoundItem<T>[] {
  const byKey = new Map<string, { item: FoundItem<T>; sightings: number; order: number }>();
  items.forEach((item, order) => {
    const key = keyOf(item.value);
    if (!key) return;
    const existing = byKey.get(key);
    if (!existing) {
      byKey.set(key, { item: { ...item, sources: [...item.sources] }, sightings: 1, order });
      return;
    }
    existing.sightings += 1;
    const best = item.confidence > existing.item.confidence ? item : existing.item;
    existing.item = {
      value: best.value,
      confidence: Math.max(existing.item.confidence, item.confidence),
      sources: addSources(existing.item.sources, item.sources),
    };
  });
  return [...byKey.values()]
    .map(({ item, sightings, order }) => ({
      item: { ...item, confidence: Math.min(0.99, item.confidence + 0.03 * (sightings - 1)) },
      order,
    }))
    .sort((a, b) => b.item.confidence - a.item.confidence || a.order - b.order)
    .map(({ item }) => ({ ...item, confidence: Math.round(item.confidence * 100) / 100 }));
}

function addSources(into: Source[], more: Source[]): Source[] {
  const out = [...into];
  for (const source of more) {
    if (out.length >= MAX_SOURCES) break;
    const same = out.some(
      (s) => s.kind === source.kind && s.page === source.page && s.selector === source.selector,
    );
    if (!same) out.push(source);
  }
  return out;
}

/**
 * Spaces request starts at least `intervalMs` apart, whatever the concurrency, which is how a
 * robots.txt Crawl-delay is honoured without serialising the whole crawl by hand.
 */
export function createPacer(intervalMs: number): () => Promise<void> {
  let nextStart = 0;
  return async () => {
    if (intervalMs <= 0) return;
    const now = Date.now();
    const startAt = Math.max(now, nextStart);
    nextStart = startAt + intervalMs;
    if (startAt > now) await new Promise((resolve) => setTimeout(resolve, startAt - now));
  };
}

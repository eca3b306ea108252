import type { TrackingEvent } from '../../schemas/tracking-event.ts';
import type { VisitorSink } from '../ad-platform.ts';
import type { VisitorAction } from './site-visits.ts';

/** The most events the site's script sends in one batch (and `POST /api/events` accepts). */
export const MAX_EVENTS_PER_BATCH = 100;

/**
 * Sends a day's visits to the sink in time order: events in batches of at most 100, flushed before
 * every form post so that a visitor's `form_submit` arrives before the form. A batch's `at` is its last
 * event's time, so `at` never goes backwards across calls. Errors propagate to the caller.
 */
export async function sendVisitors(sink: VisitorSink, actions: readonly VisitorAction[]): Promise<void> {
  let batch: TrackingEvent[] = [];
  let batchAt = 0;
  const flush = async () => {
    if (!batch.length) return;
    const events = batch;
    batch = [];
    await sink.sendEvents(events, new Date(batchAt));
  };
  for (const action of actions) {
    if (action.kind === 'event') {
      batch.push(action.event);
      batchAt = action.at;
      if (batch.length === MAX_EVENTS_PER_BATCH) await flush();
      continue;
    }
    await flush();
    await sink.submitForm(action.form, action.fields, new Date(action.at));
  }
  await flush();
}

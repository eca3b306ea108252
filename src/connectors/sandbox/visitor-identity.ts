import { createHash } from 'node:crypto';
import type { Day } from '../ad-platform.ts';

/** Share of visitors who accept the consent banner (and so send tracking events). */
export const CONSENT_RATE = 0.7;

// Local hours 6:00–23:00: few clicks at dawn, a plateau through the working day, an evening peak.
const HOURLY_CLICKS: readonly number[] = [
  0, 0, 0, 0, 0, 0, 0.4, 0.9, 1.4, 1.7, 1.9, 2, 2.1, 2, 1.9, 1.8, 1.8, 1.9, 2.1, 2.3, 2.2, 1.8, 1.2, 0.6,
];
const HOURLY_TOTAL = HOURLY_CLICKS.reduce((sum, weight) => sum + weight, 0);
/** The last local second a visit may start, leaving room to fill in a form before midnight. */
const LAST_START = 23 * 3600 + 45 * 60;

export interface VisitMoment {
  /** Local seconds since midnight of the visit's day. */
  secondOfDay: number;
}

export interface AdClick extends VisitMoment {
  visitorId: string;
  /** 16 random bytes as base64url, for a platform click id. */
  clickToken: string;
  /** Ids of the landing's `landing` and `page_view` events. */
  landingEventId: string;
  pageViewEventId: string;
}

/**
 * The `index`-th click of an ad on a day: who clicked and when, from one hash of the seed and the
 * click's place (so it can be recomputed later without storing it, and draws nothing from any stream).
 */
export function adClick(seed: number, day: Day, adId: string, index: number): AdClick {
  const bytes = createHash('sha512')
    .update(JSON.stringify([seed, 'click', day, adId, index]))
    .digest();
  return {
    visitorId: `v_${bytes.subarray(0, 8).toString('hex')}`,
    secondOfDay: daytimeSecond(bytes.readUInt32LE(8), bytes.readUInt32LE(12)),
    clickToken: bytes.subarray(16, 32).toString('base64url'),
    landingEventId: uuidOf(bytes.subarray(32, 48)),
    pageViewEventId: uuidOf(bytes.subarray(48, 64)),
  };
}

/**
 * Whether a visitor accepted tracking, read from their (seeded, uniformly random) id: the same person
 * answers the same on every visit, whichever ad brought them.
 */
export function hasConsented(visitorId: string): boolean {
  return Number.parseInt(visitorId.slice(-8), 16) / 2 ** 32 < CONSENT_RATE;
}

/** A converting click: its conversion id (also the form's `_submission`) and when the visitor comes back if the conversion lags. */
export function conversionOf(seed: number, day: Day, adId: string, index: number) {
  const bytes = digest(seed, 'conversion', day, adId, index);
  return {
    conversionId: `c_${bytes.subarray(0, 8).toString('hex')}`,
    returnSecond: daytimeSecond(bytes.readUInt32LE(8), bytes.readUInt32LE(12)),
  };
}

/** Seconds from arriving on the page to starting the form (40–180) and to sending it (90–480). */
export function formTiming(seed: number, conversionId: string, visit: 'first' | 'return') {
  const bytes = digest(seed, 'form-timing', conversionId, visit);
  const toFormStart = 40 + (bytes.readUInt32LE(0) % 140);
  return { toFormStart, toSubmit: toFormStart + 50 + (bytes.readUInt32LE(4) % 250) };
}

/** A UUID (version 4 layout) named by `parts`, so a resent event keeps its id and the server drops the copy. */
export function eventId(seed: number, ...parts: (string | number)[]): string {
  return uuidOf(digest(seed, 'event', ...parts).subarray(0, 16));
}

function uuidOf(random: Buffer): string {
  const bytes = Buffer.from(random);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const text = bytes.toString('hex');
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}

function daytimeSecond(hourDraw: number, secondDraw: number): number {
  let target = (hourDraw / 2 ** 32) * HOURLY_TOTAL;
  let hour = 0;
  while (hour < 23 && target >= HOURLY_CLICKS[hour]!) {
    target -= HOURLY_CLICKS[hour]!;
    hour += 1;
  }
  const start = hour * 3600;
  const span = Math.min(3600, LAST_START - start);
  return start + (secondDraw % span);
}

function digest(seed: number, ...parts: (string | number)[]): Buffer {
  return createHash('sha256')
    .update(JSON.stringify([seed, ...parts]))
    .digest();
}

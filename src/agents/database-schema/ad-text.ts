import type { AdFields } from '../../schemas/ad-copy.ts';

/** An ad's headline and body for the store, read from a variant's fields by their kind. */
export function adText(fields: AdFields): { headline: string; body: string } {
  switch (fields.kind) {
    case 'google-rsa':
    case 'microsoft-rsa':
      return { headline: fields.headlines[0]!, body: fields.descriptions[0]! };
    case 'meta':
      return { headline: fields.headline, body: fields.primary_text };
    case 'linkedin':
      return { headline: fields.headline, body: fields.intro };
    case 'tiktok':
      // TikTok ads have one text; its first sentence stands in for a headline.
      return { headline: firstSentence(fields.ad_text), body: fields.ad_text };
    case 'youtube':
      return { headline: fields.headline, body: fields.description };
    case 'pinterest':
      return { headline: fields.title, body: fields.description };
  }
}

function firstSentence(text: string): string {
  const match = /^.+?[.!?](?=\s|$)/s.exec(text.trim());
  return (match?.[0] ?? text).trim();
}

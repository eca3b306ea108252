import { type CountryCode, findPhoneNumbersInText } from 'libphonenumber-js/max';
import type { FoundItem, Source } from '../../../schemas/finding.ts';
import { found } from '../evidence.ts';
import { mergeFound } from '../merge-found.ts';
import { type BriefSentence, briefSource } from './read-brief-sentences.ts';

const PHONE_CONFIDENCE = 0.85;
const EMAIL_CONFIDENCE = 0.9;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
// A web address as people write it: with a scheme, with www., or a bare domain on a contact line.
const URL_WITH_SCHEME = /\bhttps?:\/\/[^\s,;)"”<>]+/gi;
const WWW = /\bwww\.[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/[^\s,;)"”<>]*)?/gi;
const BARE_DOMAIN =
  /(?<![@\w.-])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|co|shop|store|biz|app|dev|example|test|uk|ca|au|nz|ie|us)(?:\.[a-z]{2})?(?![\w@-])/gi;

export interface BriefContacts {
  phones: FoundItem<string>[];
  emails: FoundItem<string>[];
  /** The business's own website, when the brief gives one. */
  website: FoundItem<string> | null;
}

/**
 * Phones (libphonenumber, so every national format reads, in the country of the brief's address
 * when known), email addresses and the website a brief gives. A phone is written as the brief's
 * country writes it; a number from another country keeps its international form.
 */
export function findBriefContacts(sentences: BriefSentence[], country: string | null): BriefContacts {
  const defaultCountry = (country && /^[A-Z]{2}$/.test(country) ? country : 'US') as CountryCode;
  const phones: FoundItem<string>[] = [];
  const emails: FoundItem<string>[] = [];
  const websites: FoundItem<string>[] = [];
  for (const sentence of sentences) {
    const source = (excerpt: string): Source => briefSource(sentence, excerpt);
    for (const { number } of findPhoneNumbersInText(sentence.text, defaultCountry)) {
      const written =
        number.country === defaultCountry ? number.formatNational() : number.formatInternational();
      phones.push(found(written, PHONE_CONFIDENCE, [source(written)]));
    }
    const sentenceEmails = sentence.text.match(EMAIL) ?? [];
    for (const email of sentenceEmails) {
      emails.push(found(email.replace(/\.$/, '').toLowerCase(), EMAIL_CONFIDENCE, [source(email)]));
    }
    for (const url of websitesIn(sentence, sentenceEmails)) websites.push(found(url, 0.8, [source(url)]));
  }
  return {
    phones: mergeFound(phones, (phone) => phone.replace(/\D/g, '')),
    emails: mergeFound(emails, (email) => email),
    website: mergeFound(websites, (url) => url)[0] ?? null,
  };
}

function websitesIn(sentence: BriefSentence, emails: string[]): string[] {
  const text = emails.reduce((rest, email) => rest.replace(email, ' '), sentence.text);
  const found = [...(text.match(URL_WITH_SCHEME) ?? []), ...(text.match(WWW) ?? [])];
  // A bare domain ("loomwork.example") counts only where the brief is giving its contact details.
  const contactLine =
    sentence.label?.kind === 'website' ||
    sentence.label?.kind === 'contact' ||
    sentence.kind === 'line' ||
    /\b(website|site|web|online at|find us at|visit)\b/i.test(text) ||
    emails.length > 0;
  if (found.length === 0 && contactLine) found.push(...(text.match(BARE_DOMAIN) ?? []));
  return found.flatMap((raw) => {
    const cleaned = raw.replace(/[.,;:!?]+$/, '');
    try {
      const url = new URL(/^https?:\/\//i.test(cleaned) ? cleaned : `https://${cleaned}`);
      return [`${url.protocol}//${url.host.toLowerCase()}${url.pathname === '/' ? '/' : url.pathname}`];
    } catch {
      return [];
    }
  });
}

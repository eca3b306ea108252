import nlp from 'compromise';
import type { BrandProfile } from '../../../schemas/brand-profile.ts';
import type { Finding, FoundItem } from '../../../schemas/finding.ts';
import { unknown } from '../../../schemas/finding.ts';
import { found, known } from '../evidence.ts';
import { mergeFound } from '../merge-found.ts';
import { cleanText, normalizeKey } from '../text-utils.ts';
import { type BriefSentence, briefSource } from './read-brief-sentences.ts';

type Testimonial = BrandProfile['proof']['testimonials'][number]['value'];

export interface BriefProof {
  testimonials: FoundItem<Testimonial>[];
  credentials: FoundItem<string>[];
  years_in_business: Finding<number>;
}

const FOUNDED =
  /\b(since|founded in|founded|established in|established|est\.|opened in|trading since|in business since|started in)\s+(1[6-9]\d{2}|20\d{2})\b/i;
const DURATION =
  /\b(?:(for|over|more than|nearly|almost|around|about|some)\s+)?(\d{1,3}|[a-z]+(?:-[a-z]+)?)\+?\s+years?(\s+(?:of\s+experience|in\s+business|experience|trading|serving))?/gi;
const RATING =
  /\b([0-5](?:\.\d{1,2})?)\s*(?:\/\s*5|out of (?:5|five)|stars?|-star|star rating|rating|average)\b|\brat(?:ing|ed)\b[^.;]{0,30}?\b(?:is|of|at)\s+([0-5]\.\d{1,2})\b/i;
const RATING_PLATFORM =
  /\bon\s+((?:our|the)\s+(?:own\s+)?(?:site|website|shop|store)|(?:\p{Lu}[\p{L}\p{N}.&'’-]*)(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*)?)/u;
const REVIEW_COUNT =
  /\b(more than|over|nearly|almost|around)?\s*(\d[\d,]*)\+?\s+(?:[\p{L}-]+\s+)?reviews\b/iu;
const AWARD_CUE =
  /\b(awards?|awarded|winners?|won|finalists?|shortlisted|named (?:us|as|the|one of|best|top)|voted|certified|accredited|accreditation|members? of|trusted traders?|licensed|registered with|approved by|featured (?:in|by|on|us|our)|preferred (?:provider|supplier|partner)|approved|partners? of|as seen (?:in|on)|top \d+|best [\p{L}\s]{2,30} (?:in|of) )/iu;
/** A named programme's standing: "a Microsoft Solutions Partner", "an Authorised Dealer". */
const PROGRAMME =
  /\b(?:an?|the)\s+((?:\p{Lu}[\p{L}&.'’-]*\s+){1,3}(?:Partner|Reseller|Dealer|Installer|Member|Provider|Affiliate|Stockist))\b/u;
/** A kept-customers figure: "we keep 96% of our clients year after year". */
const RETENTION =
  /\b(?:keep|keeps|retain|retains|renew|renews)\s+(?:over\s+|more than\s+|nearly\s+)?\d{1,3}(?:\.\d)?\s?%\s+of\s+(?:our\s+|their\s+)?(?:clients|customers|members|accounts|contracts|subscribers)\b/i;
const QUOTE = /[“"]([^"”]{12,400})[”"]/g;
const REVIEW_CUE =
  /\b(wrote|writes|said|says|told|review|reviews|customer|client|regular|patient|guest|knitter|buyer)\b|[—–]\s*\p{Lu}/iu;
const GENERIC_AUTHOR = /^(one|a|an|our|the|another|every|many|most|some)\b/i;
const CLAUSES = /,\s+(?:and|but|while)\s+|;\s+|\s+but\s+/;

/**
 * The brief's proof: years in business ("since 1998" counted from the reference year when one is
 * known, "for 25 years" as said), awards and memberships, ratings ("4.8 stars on Google from 600
 * reviews"), and quoted reviews with their author when one is named.
 */
export function findBriefProof(
  sentences: BriefSentence[],
  options: { referenceYear: number | null; skip: (sentence: BriefSentence) => boolean },
): BriefProof {
  const credentials: FoundItem<string>[] = [];
  const testimonials: FoundItem<Testimonial>[] = [];
  const years: { years: number; score: number; sentence: BriefSentence; excerpt: string }[] = [];

  for (const sentence of sentences) {
    if (sentence.kind === 'heading' || sentence.kind === 'title') continue;
    const quotes = [...sentence.text.matchAll(QUOTE)];
    const quoteFree = sentence.text.replace(QUOTE, ' ');
    for (const quote of quotes) {
      const testimonial = readTestimonial(sentence.text, quote);
      if (testimonial) testimonials.push(found(testimonial, 0.75, [briefSource(sentence)]));
    }
    if (options.skip(sentence)) continue;

    const founded = quoteFree.match(FOUNDED);
    if (founded?.[2]) {
      const year = Number(founded[2]);
      const phrase = `${capitalise(founded[1]!.toLowerCase())} ${year}`;
      credentials.push(found(phrase, 0.7, [briefSource(sentence, founded[0])]));
      if (options.referenceYear && year <= options.referenceYear) {
        years.push({ years: options.referenceYear - year, score: 2, sentence, excerpt: founded[0] });
      }
    }
    for (const duration of quoteFree.matchAll(DURATION)) {
      const count = numberOf(duration[2] ?? '');
      if (count === null || count < 1 || count > 300) continue;
      if (!duration[1] && !duration[3]) continue;
      years.push({ years: count, score: 1, sentence, excerpt: duration[0] });
    }

    for (const clause of quoteFree.split(CLAUSES)) {
      const rating = ratingIn(clause);
      if (rating) {
        credentials.push(found(rating, 0.8, [briefSource(sentence, clause)]));
        continue;
      }
      const reviews = reviewCountIn(clause);
      if (reviews) {
        credentials.push(found(reviews, 0.7, [briefSource(sentence, clause)]));
        continue;
      }
      const programme = clause.match(PROGRAMME)?.[1];
      if (programme) {
        credentials.push(found(programme, 0.75, [briefSource(sentence, clause)]));
        continue;
      }
      if (RETENTION.test(clause)) {
        const text = capitalise(
          cleanText(clause)
            .replace(/^(?:and|also)\s+/i, '')
            .replace(/[.,;:]+$/, ''),
        );
        credentials.push(found(text, 0.7, [briefSource(sentence, clause)]));
        continue;
      }
      if (AWARD_CUE.test(clause) && !FOUNDED.test(clause)) {
        const text = capitalise(
          cleanText(clause)
            .replace(/^(?:and|also)\s+/i, '')
            .replace(/[.,;:]+$/, ''),
        );
        if (text.split(/\s+/).length >= 3)
          credentials.push(found(text, 0.7, [briefSource(sentence, clause)]));
      }
    }
  }

  const best = years.sort((a, b) => b.score - a.score)[0];
  return {
    testimonials: mergeFound(testimonials, (t) => normalizeKey(t.quote)),
    credentials: mergeFound(credentials, normalizeKey),
    years_in_business: best
      ? known(best.years, 0.5 + best.score * 0.15, [briefSource(best.sentence, best.excerpt)])
      : unknown<number>(),
  };
}

/** "Rated 4.8 out of 5 on Google (more than 600 reviews)" from the way the brief says it. */
function ratingIn(clause: string): string | null {
  const rating = clause.match(RATING);
  const score = rating?.[1] ?? rating?.[2];
  if (!rating || !score) return null;
  const value = Number(score);
  if (!(value > 0 && value <= 5)) return null;
  const platform =
    clause.slice(rating.index ?? 0).match(RATING_PLATFORM)?.[1] ?? clause.match(RATING_PLATFORM)?.[1];
  const reviews = clause.match(REVIEW_COUNT);
  const count = reviews?.[2]
    ? `${reviews[1] ? `${reviews[1].toLowerCase()} ` : ''}${reviews[2]} reviews`
    : null;
  return [`Rated ${score} out of 5`, platform ? `on ${platform}` : null, count ? `(${count})` : null]
    .filter(Boolean)
    .join(' ');
}

/** "More than 900 five-star reviews on our shop": a count of reviews said without a score. */
function reviewCountIn(clause: string): string | null {
  const reviews = clause.match(REVIEW_COUNT);
  if (!reviews?.[2] || Number(reviews[2].replace(/,/g, '')) < 2) return null;
  const from = reviews.index ?? 0;
  const platform = clause.slice(from).match(RATING_PLATFORM)?.[1];
  const said = cleanText(reviews[0]);
  return capitalise(platform ? `${said} on ${platform}` : said);
}

function readTestimonial(sentence: string, quote: RegExpMatchArray): Testimonial | null {
  const text = cleanText(quote[1] ?? '').replace(/[,.;:]+$/, '');
  if (text.split(/\s+/).length < 4) return null;
  const at = quote.index ?? 0;
  const before = sentence.slice(0, at);
  const after = sentence.slice(at + quote[0].length);
  if (!REVIEW_CUE.test(sentence) && cleanText(before) !== '') return null;
  const dashed = after.match(/^\s*[,.]?\s*[—–-]\s*(.+)$/)?.[1];
  const named = after.match(/^\s*[,.]?\s*(?:wrote|writes|said|says|told us)\s+(.+?)[.!]?$/i)?.[1];
  const leading = before.match(
    /(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s+(?:wrote|writes|said|says|told us)\s*:?\s*$/u,
  )?.[1];
  const candidate = cleanText(dashed ?? named ?? leading ?? '').replace(/[.,;:]+$/, '');
  const author =
    candidate && /^\p{Lu}/u.test(candidate) && !GENERIC_AUTHOR.test(candidate) ? candidate : null;
  return { quote: text, author };
}

function numberOf(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  const value = (nlp(word).numbers().get() as number[])[0];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

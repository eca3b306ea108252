import { quoteUntrusted, UNTRUSTED_DATA_RULE } from '../../llm/index.ts';
import { jsonLdBlocks, pageText } from '../../research/page-text.ts';
import type { ModelPrompt } from '../builder-agent.ts';
import type { BrandResearchInput } from './distill.ts';

const MAX_PAGES = 12;
const MAX_CHARS_PER_PAGE = 6_000;

/** Asks a model to read the crawled pages (quoted as data) and fill the brand profile with sources. */
export function brandResearchPrompt(input: BrandResearchInput): ModelPrompt {
  const quoted =
    input.kind === 'brief' && input.brief
      ? quoteUntrusted('brief', 'brief', input.brief.text)
      : input.pages
          .slice(0, MAX_PAGES)
          .map((page) => {
            const structured = jsonLdBlocks(page.html).join('\n');
            const text = pageText(page.html, MAX_CHARS_PER_PAGE);
            return quoteUntrusted(
              'page',
              page.finalUrl,
              `${page.title}\n${structured ? `JSON-LD: ${structured}\n` : ''}${text}`,
            );
          })
          .join('\n\n');
  return {
    system: [
      'You are the brand-research agent of a marketing agency. You read what a business says about itself and',
      'record it as a brand profile: name, tagline, description, offerings, value propositions, proof, tone of',
      'voice, colours, fonts, logo, contact, locations, social links, industry and business model.',
      'Every value must carry its sources (kind, page URL, selector or JSON path, a short excerpt) and a',
      'confidence from 0 to 1. Unknown is a valid answer (value null, or an empty list, and the field named in',
      '"unknowns"); invention is not: never write a phone, email, address, price or claim that is not in the data.',
      'Prefer structured data (JSON-LD, OpenGraph, microformats) over guesses from text.',
      UNTRUSTED_DATA_RULE,
    ].join('\n'),
    prompt: [
      `Source: ${input.kind === 'site' ? `the website ${input.rootUrl}` : 'a plain-text brief written by the client'}.`,
      'Industry keys: dental, medical, restaurant, cafe, fitness, beauty-salon, landscaping, home-services,',
      'construction, creative-agency, saas, legal, accounting-finance, real-estate, retail-ecommerce, education,',
      'nonprofit, automotive, hospitality, veterinary, photography, other.',
      'Business models: brick-and-mortar-primary, service-online, ecommerce-primary, hybrid.',
      'Colours are lowercase #rrggbb. Return the brand profile as one JSON object.',
      '',
      quoted,
    ].join('\n'),
  };
}

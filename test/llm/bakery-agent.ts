import { z } from 'zod';
import type { BuilderAgent, ModelPrompt } from '../../src/agents/builder-agent.ts';
import { quoteUntrusted } from '../../src/llm/quote-untrusted.ts';

/** A small agent for the model-layer tests: one ad for a bakery, checked against its input. */
export const adSchema = z.object({
  headline: z.string().min(5).max(60),
  offers: z.array(z.string()).min(1),
});
export type Ad = z.infer<typeof adSchema>;

export interface BakeryInput {
  brand: string;
  offers: string[];
  pageText: string;
}

export const bakeryInput: BakeryInput = {
  brand: 'Crumb & Co',
  offers: ['sourdough', 'croissants'],
  pageText: 'Crumb & Co bakes sourdough and croissants every morning in Leeds.',
};

export const SYSTEM = 'You write ad copy for local businesses. Answer with JSON only.';

export const bakeryAgent: Pick<
  BuilderAgent<BakeryInput, Ad>,
  'schema' | 'prompt' | 'validate' | 'offline'
> = {
  schema: adSchema,
  prompt(input): ModelPrompt {
    return {
      system: SYSTEM,
      sharedContext: `Brand: ${input.brand}\n${quoteUntrusted('page', 'https://crumb.example/', input.pageText)}`,
      prompt: `Write one ad for ${input.brand}. Offers to choose from: ${input.offers.join(', ')}.`,
    };
  },
  validate(output, input) {
    const problems: string[] = [];
    if (!output.headline.includes(input.brand))
      problems.push(`headline must name the brand "${input.brand}"`);
    for (const offer of output.offers) {
      if (!input.offers.includes(offer)) problems.push(`offer "${offer}" is not one of the brand's offers`);
    }
    return problems;
  },
  offline(input) {
    return { headline: `${input.brand}: fresh every morning`, offers: input.offers };
  },
};

export const GOOD_AD = JSON.stringify({
  headline: 'Crumb & Co: sourdough at sunrise',
  offers: ['sourdough'],
});
export const INVENTED_OFFER_AD = JSON.stringify({ headline: 'Crumb & Co bagels', offers: ['bagels'] });
export const BROKEN_JSON = '{"headline": "Crumb & Co: sourdough at sunrise", "offers": ["sourdough"';

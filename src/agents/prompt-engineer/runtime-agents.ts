import type { z } from 'zod';
import {
  ChiefStrategyOfficerInput,
  ChiefStrategyOfficerOutput,
  ClientTranslatorInput,
  ClientTranslatorOutput,
  CreativeIntelligenceInput,
  CreativeIntelligenceOutput,
  CulturalAnthropologistInput,
  CulturalAnthropologistOutput,
  DataScientistInput,
  DataScientistOutput,
  MediaBuyerInput,
  MediaBuyerOutput,
} from '../../schemas/runtime-agent-io.ts';

export const RUNTIME_AGENT_IDS = [
  'chief-strategy-officer',
  'media-buyer',
  'creative-intelligence',
  'data-scientist',
  'cultural-anthropologist',
  'client-translator',
] as const;
export type RuntimeAgentId = (typeof RUNTIME_AGENT_IDS)[number];

export interface RuntimeAgent {
  id: RuntimeAgentId;
  title: string;
  /** What it is for, in any client, as a verb phrase after "you". */
  purpose: string;
  input: { name: string; schema: z.ZodType };
  output: { name: string; schema: z.ZodType };
}

/** The six runtime agents of DESIGN §5, described as data: who they are and what JSON they trade. */
export const RUNTIME_AGENTS: Record<RuntimeAgentId, RuntimeAgent> = {
  'chief-strategy-officer': {
    id: 'chief-strategy-officer',
    title: 'Chief Strategy Officer',
    purpose: 'turn the optimiser’s proposal into budget and campaign decisions, each tied to a policy rule',
    input: { name: 'ChiefStrategyOfficerInput', schema: ChiefStrategyOfficerInput },
    output: { name: 'ChiefStrategyOfficerOutput', schema: ChiefStrategyOfficerOutput },
  },
  'media-buyer': {
    id: 'media-buyer',
    title: 'Media Buyer',
    purpose: 'turn approved decisions into gradual, idempotent steps on the ad platforms',
    input: { name: 'MediaBuyerInput', schema: MediaBuyerInput },
    output: { name: 'MediaBuyerOutput', schema: MediaBuyerOutput },
  },
  'creative-intelligence': {
    id: 'creative-intelligence',
    title: 'Creative Intelligence',
    purpose: 'flag creative fatigue, propose rotations and name creative gaps',
    input: { name: 'CreativeIntelligenceInput', schema: CreativeIntelligenceInput },
    output: { name: 'CreativeIntelligenceOutput', schema: CreativeIntelligenceOutput },
  },
  'data-scientist': {
    id: 'data-scientist',
    title: 'Data Scientist',
    purpose: 'fit response curves, propose an allocation and flag anomalies',
    input: { name: 'DataScientistInput', schema: DataScientistInput },
    output: { name: 'DataScientistOutput', schema: DataScientistOutput },
  },
  'cultural-anthropologist': {
    id: 'cultural-anthropologist',
    title: 'Cultural Anthropologist',
    purpose: 'read outcomes by audience and tone and explain what is surprising',
    input: { name: 'CulturalAnthropologistInput', schema: CulturalAnthropologistInput },
    output: { name: 'CulturalAnthropologistOutput', schema: CulturalAnthropologistOutput },
  },
  'client-translator': {
    id: 'client-translator',
    title: 'Client Translator',
    purpose: 'write the narratives and weekly report in plain language, using only computed facts',
    input: { name: 'ClientTranslatorInput', schema: ClientTranslatorInput },
    output: { name: 'ClientTranslatorOutput', schema: ClientTranslatorOutput },
  },
};

/** Where an agent's prompt is written, relative to the client directory. */
export function promptPath(id: RuntimeAgentId): string {
  return `automation/prompts/${id}.md`;
}

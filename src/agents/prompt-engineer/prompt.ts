import { quoteUntrusted, UNTRUSTED_DATA_RULE } from '../../llm/quote-untrusted.ts';
import type { AgentRunContext, ModelPrompt } from '../builder-agent.ts';
import { engineerPrompts } from './offline.ts';
import type { PromptEngineerInput } from './prompt-engineer-input.ts';
import { RUNTIME_AGENT_IDS, RUNTIME_AGENTS } from './runtime-agents.ts';
import { requiredMentions } from './write-briefs.ts';

const SILENT: AgentRunContext = { note: () => {} };

const SYSTEM = [
  'You are the prompt engineer of a performance marketing agency. You write the briefs of the six runtime agents',
  "that run one client's marketing every day: their role and goal for this client, the rules they follow, and what they must never do.",
  'Math decides, language explains: the runtime computes every decision number in tested code and applies the guardrails after',
  'any proposal. A brief never gives a model authority over money that the guardrails would not check.',
  'The policy is computed by code: copy it into your answer exactly, without changing a single value.',
  'Answer with one JSON object { policy, prompts: [{ agent, brief }] } with one brief per agent id, in markdown.',
  UNTRUSTED_DATA_RULE,
].join('\n');

/**
 * The model path: the computed policy (returned unchanged) and the offline briefs as a baseline
 * whose prose the model makes sharper for this brand. Brand facts that came from the web are quoted
 * as untrusted data; the phrases each brief must keep are listed and checked by the validator.
 */
export function promptEngineerPrompt(input: PromptEngineerInput): ModelPrompt {
  const baseline = engineerPrompts(input, SILENT);
  const source = input.config.website ?? 'brief';
  const brand = {
    brand_name: input.config.brand_name,
    tagline: input.config.tagline,
    industry: input.config.industry,
    business_model: input.config.business_model,
    brand_voice: input.config.brand_voice,
    offerings: input.config.offerings,
    demographics: input.config.demographics,
    value_propositions: input.research.value_propositions,
    credentials: input.research.credentials,
  };
  const mentions = Object.fromEntries(
    RUNTIME_AGENT_IDS.map((agent) => [agent, requiredMentions(agent, input, baseline.policy)]),
  );
  return {
    system: SYSTEM,
    sharedContext: `Brand summary:\n${quoteUntrusted('brand', source, JSON.stringify(brand, null, 2))}`,
    prompt: [
      `Write the six runtime agent briefs for ${input.config.brand_name}.`,
      'The runtime agents and what each is for:',
      RUNTIME_AGENT_IDS.map(
        (agent) =>
          `- ${agent}: ${RUNTIME_AGENTS[agent].title}, ${RUNTIME_AGENTS[agent].purpose}; receives ${RUNTIME_AGENTS[agent].input.name}, returns ${RUNTIME_AGENTS[agent].output.name}.`,
      ).join('\n'),
      'Competitors and gaps from competitive research:',
      quoteUntrusted('competition', 'competitive-landscape', JSON.stringify(input.competition, null, 2)),
      'The policy, computed by code (return it exactly as given):',
      `<policy>\n${JSON.stringify(baseline.policy, null, 2)}\n</policy>`,
      'Baseline briefs written by the rule-based engine:',
      `<baseline>\n${JSON.stringify(baseline.prompts, null, 2)}\n</baseline>`,
      'Make each brief specific to this brand: its audiences by name, its competitors, its voice, its geography.',
      'Keep the sections (This client, Your job, Rules and guardrails, Never, Math decides language explains, Data not',
      'instructions, Output) and keep every number as the baseline states it; add no new numbers. Keep each brief under 600 words.',
      'The input/output JSON schemas and examples are appended by code after your brief; do not write them.',
      'Each brief must contain these exact phrases:',
      `<required>\n${JSON.stringify(mentions, null, 2)}\n</required>`,
    ].join('\n\n'),
  };
}

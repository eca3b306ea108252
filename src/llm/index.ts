export { CostBudget } from './cost-budget.ts';
export { createLanguageModel } from './create-language-model.ts';
export { estimateCallCostUsd, estimateTokens } from './estimate-call-cost.ts';
export {
  CACHE_CONTROL,
  type GenerateStructuredOptions,
  type GenerateStructuredResult,
  generateStructured,
} from './generate-structured.ts';
export { ModelCallError } from './model-call-error.ts';
export type { ModelEnv } from './model-env.ts';
export {
  MODEL_SPEC_FORMS,
  type ModelSpec,
  OFFLINE_MODEL_SPEC,
  parseModelSpec,
  type RemoteModelSpec,
  resolveModelSpec,
} from './model-spec.ts';
export { costOf, findModelPrice, MODEL_PRICES, type ModelPrice } from './pricing.ts';
export { quoteUntrusted, UNTRUSTED_DATA_RULE } from './quote-untrusted.ts';
export {
  type AgentModelRun,
  type RunAgentWithModelOptions,
  runAgentWithModel,
} from './run-agent-with-model.ts';
export { StructuredOutputError } from './structured-output-error.ts';
export { addUsage, type TokenUsage, usageFromLanguageModel, ZERO_USAGE } from './token-usage.ts';

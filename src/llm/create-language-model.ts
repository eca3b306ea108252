import { createAnthropic } from '@ai-sdk/anthropic';
import { createOpenAI } from '@ai-sdk/openai';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import type { LanguageModel } from 'ai';
import { FactoryError } from '../errors/factory-error.ts';
import type { ModelEnv } from './model-env.ts';
import type { RemoteModelSpec } from './model-spec.ts';

/**
 * The ai-sdk model for a spec. Keys come from `env` (passed in, never `process.env`), go straight
 * to the provider and are never logged or written anywhere.
 *
 * @example
 * const model = createLanguageModel(parseModelSpec('anthropic:claude-sonnet-4-5'), process.env);
 */
export function createLanguageModel(spec: RemoteModelSpec, env: ModelEnv): LanguageModel {
  switch (spec.provider) {
    case 'anthropic':
      return createAnthropic({ apiKey: requireKey(env, 'ANTHROPIC_API_KEY', spec.text) })(spec.modelId);
    case 'openai':
      return createOpenAI({ apiKey: requireKey(env, 'OPENAI_API_KEY', spec.text) })(spec.modelId);
    case 'openai-compatible': {
      // Local servers (Ollama, LM Studio) need no key; hosted ones (vLLM behind a gateway) may.
      const apiKey = env.OPENAI_COMPATIBLE_API_KEY?.trim() || undefined;
      return createOpenAICompatible({
        name: 'openai-compatible',
        baseURL: spec.baseURL,
        ...(apiKey ? { apiKey } : {}),
        // Ollama, vLLM and LM Studio accept `response_format: json_schema`; without it the
        // schema would never reach the model.
        supportsStructuredOutputs: true,
      })(spec.modelId);
    }
  }
}

function requireKey(env: ModelEnv, variable: string, specText: string): string {
  const key = env[variable]?.trim();
  if (!key) {
    throw new FactoryError(
      'MISSING_API_KEY',
      `The model "${specText}" needs ${variable}, which is not set.`,
      `Set ${variable} in the environment (or .env), or run with --model offline.`,
    );
  }
  return key;
}

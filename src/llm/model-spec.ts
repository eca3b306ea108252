import { FactoryError } from '../errors/factory-error.ts';
import type { ModelEnv } from './model-env.ts';

/** Which engine runs the agents: the offline engines, or a model of one provider. */
export type ModelSpec =
  | { provider: 'offline'; text: 'offline' }
  | { provider: 'anthropic'; modelId: string; text: string }
  | { provider: 'openai'; modelId: string; text: string }
  | { provider: 'openai-compatible'; baseURL: string; modelId: string; text: string };

/** A spec that names a real model (everything but `offline`). */
export type RemoteModelSpec = Exclude<ModelSpec, { provider: 'offline' }>;

export const OFFLINE_MODEL_SPEC = { provider: 'offline', text: 'offline' } as const satisfies ModelSpec;

export const MODEL_SPEC_FORMS = [
  'offline',
  'anthropic:<model>            e.g. anthropic:claude-sonnet-4-5',
  'openai:<model>               e.g. openai:gpt-5-mini',
  'openai-compatible:<baseURL>#<model>  e.g. openai-compatible:http://127.0.0.1:11434/v1#llama3.1:8b',
] as const;

// Ollama tags (`llama3.1:8b`) and Hugging Face names (`org/model`) must pass.
const MODEL_ID = /^[A-Za-z0-9][\w.:/@+-]{0,199}$/;

/**
 * Parses the `--model` value.
 *
 * @example
 * parseModelSpec('anthropic:claude-sonnet-4-5'); // { provider: 'anthropic', modelId: 'claude-sonnet-4-5', … }
 * parseModelSpec('openai-compatible:http://127.0.0.1:11434/v1#llama3.1:8b');
 */
export function parseModelSpec(text: string): ModelSpec {
  const trimmed = text.trim();
  if (trimmed.toLowerCase() === 'offline') return OFFLINE_MODEL_SPEC;

  const colon = trimmed.indexOf(':');
  const provider = colon === -1 ? trimmed : trimmed.slice(0, colon);
  const rest = colon === -1 ? '' : trimmed.slice(colon + 1).trim();

  switch (provider) {
    case 'anthropic':
    case 'openai':
      return { provider, modelId: checkModelId(rest, trimmed), text: trimmed };
    case 'openai-compatible': {
      const hash = rest.lastIndexOf('#');
      if (hash === -1) throw invalidSpec(trimmed, 'it needs a base URL and a model separated by "#"');
      const baseURL = checkBaseURL(rest.slice(0, hash), trimmed);
      return { provider, baseURL, modelId: checkModelId(rest.slice(hash + 1), trimmed), text: trimmed };
    }
    default:
      throw invalidSpec(trimmed, provider === '' ? 'it is empty' : `"${provider}" is not a known provider`);
  }
}

/**
 * The model text to use: the `--model` flag, else `FACTORY_MODEL`, else `offline`. Parse it with
 * `parseModelSpec`, which reports a bad value from either place the same way.
 *
 * @example
 * const spec = parseModelSpec(resolveModelSpec({ flag: options.model, env: process.env }));
 */
export function resolveModelSpec({ flag, env }: { flag?: string | undefined; env: ModelEnv }): string {
  if (flag !== undefined) return flag;
  const fromEnv = env.FACTORY_MODEL?.trim();
  return fromEnv ? fromEnv : 'offline';
}

function checkModelId(modelId: string, spec: string): string {
  const id = modelId.trim();
  if (id === '') throw invalidSpec(spec, 'the model name is missing');
  if (!MODEL_ID.test(id)) throw invalidSpec(spec, `"${id}" is not a valid model name`);
  return id;
}

function checkBaseURL(raw: string, spec: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw invalidSpec(spec, `"${raw}" is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw invalidSpec(spec, 'the base URL must start with http:// or https://');
  }
  if (url.username || url.password) {
    // The spec text is shown in reports; a secret in it would leak.
    throw invalidSpec(
      spec.replace(/\/\/[^/#]*@/, '//***@'),
      'the base URL must not contain credentials (use OPENAI_COMPATIBLE_API_KEY)',
    );
  }
  return url.href.replace(/\/+$/, '');
}

function invalidSpec(spec: string, reason: string): FactoryError {
  return new FactoryError(
    'INVALID_MODEL',
    `Invalid model "${spec}": ${reason}.`,
    `Use one of:\n  ${MODEL_SPEC_FORMS.join('\n  ')}`,
  );
}

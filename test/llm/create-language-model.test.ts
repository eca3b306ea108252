import { describe, expect, it } from 'vitest';
import { FactoryError } from '../../src/errors/factory-error.ts';
import { createLanguageModel } from '../../src/llm/create-language-model.ts';
import { parseModelSpec, type RemoteModelSpec } from '../../src/llm/model-spec.ts';

function remote(text: string): RemoteModelSpec {
  const spec = parseModelSpec(text);
  if (spec.provider === 'offline') throw new Error('expected a remote spec');
  return spec;
}

function modelOf(text: string, env: Record<string, string>) {
  const model = createLanguageModel(remote(text), env);
  if (typeof model === 'string') throw new Error('expected a model object');
  return model;
}

describe('createLanguageModel', () => {
  it('builds each provider from the keys it is given', () => {
    const anthropic = modelOf('anthropic:claude-sonnet-4-5', { ANTHROPIC_API_KEY: 'sk-ant-test' });
    expect(anthropic.provider).toBe('anthropic.messages');
    expect(anthropic.modelId).toBe('claude-sonnet-4-5');

    const openai = modelOf('openai:gpt-5-mini', { OPENAI_API_KEY: 'sk-test' });
    expect(openai.provider).toMatch(/^openai\./);
    expect(openai.modelId).toBe('gpt-5-mini');
  });

  it('builds an OpenAI-compatible model without a key (local servers)', () => {
    const model = modelOf('openai-compatible:http://127.0.0.1:11434/v1#llama3.1:8b', {});
    expect(model.provider).toBe('openai-compatible.chat');
    expect(model.modelId).toBe('llama3.1:8b');
  });

  it.each([
    ['anthropic:claude-sonnet-4-5', 'ANTHROPIC_API_KEY'],
    ['openai:gpt-5-mini', 'OPENAI_API_KEY'],
  ])('fails on %s with MISSING_API_KEY naming %s', (text, variable) => {
    const attempt = () => createLanguageModel(remote(text), { [variable]: ' ', OTHER: 'x' });
    expect(attempt).toThrow(FactoryError);
    try {
      attempt();
    } catch (error) {
      expect((error as FactoryError).code).toBe('MISSING_API_KEY');
      expect((error as FactoryError).message).toContain(variable);
    }
  });

  it('does not put the key in anything it reports', () => {
    const key = 'sk-ant-api03-very-secret';
    const model = modelOf('anthropic:claude-sonnet-4-5', { ANTHROPIC_API_KEY: key });
    expect(JSON.stringify(model)).not.toContain(key);
  });
});

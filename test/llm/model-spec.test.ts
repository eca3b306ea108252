import { describe, expect, it } from 'vitest';
import { FactoryError } from '../../src/errors/factory-error.ts';
import { parseModelSpec, resolveModelSpec } from '../../src/llm/model-spec.ts';

function invalid(text: string): FactoryError {
  try {
    parseModelSpec(text);
  } catch (error) {
    if (error instanceof FactoryError) return error;
    throw error;
  }
  throw new Error(`"${text}" was accepted`);
}

describe('parseModelSpec', () => {
  it('reads offline', () => {
    expect(parseModelSpec('offline')).toEqual({ provider: 'offline', text: 'offline' });
    expect(parseModelSpec(' OFFLINE ')).toEqual({ provider: 'offline', text: 'offline' });
  });

  it('reads anthropic and openai models', () => {
    expect(parseModelSpec('anthropic:claude-sonnet-4-5')).toEqual({
      provider: 'anthropic',
      modelId: 'claude-sonnet-4-5',
      text: 'anthropic:claude-sonnet-4-5',
    });
    expect(parseModelSpec('openai:gpt-5-mini')).toEqual({
      provider: 'openai',
      modelId: 'gpt-5-mini',
      text: 'openai:gpt-5-mini',
    });
  });

  it('reads an OpenAI-compatible server with an Ollama model tag', () => {
    expect(parseModelSpec('openai-compatible:http://127.0.0.1:11434/v1/#llama3.1:8b')).toEqual({
      provider: 'openai-compatible',
      baseURL: 'http://127.0.0.1:11434/v1',
      modelId: 'llama3.1:8b',
      text: 'openai-compatible:http://127.0.0.1:11434/v1/#llama3.1:8b',
    });
    expect(
      parseModelSpec('openai-compatible:https://vllm.example.com/v1#meta-llama/Llama-3.1-8B-Instruct'),
    ).toMatchObject({
      baseURL: 'https://vllm.example.com/v1',
      modelId: 'meta-llama/Llama-3.1-8B-Instruct',
    });
  });

  it.each([
    ['', 'empty'],
    ['gemini:gemini-2.5-pro', 'not a known provider'],
    ['anthropic', 'model name is missing'],
    ['anthropic:', 'model name is missing'],
    ['openai:gpt 5', 'not a valid model name'],
    ['openai-compatible:http://127.0.0.1:11434/v1', 'separated by "#"'],
    ['openai-compatible:ftp://models.example.com#llama3', 'http:// or https://'],
    ['openai-compatible:not a url#llama3', 'not a URL'],
    ['openai-compatible:http://127.0.0.1:11434/v1#', 'model name is missing'],
  ])('rejects %j (%s) with INVALID_MODEL and the accepted forms', (text, reason) => {
    const error = invalid(text);
    expect(error.code).toBe('INVALID_MODEL');
    expect(error.message).toContain(reason);
    expect(error.hint).toContain('anthropic:<model>');
    expect(error.hint).toContain('openai-compatible:<baseURL>#<model>');
  });

  it('rejects credentials in a base URL without repeating them', () => {
    const error = invalid('openai-compatible:https://user:s3cret@llm.example.com/v1#llama3');
    expect(error.code).toBe('INVALID_MODEL');
    expect(error.message).toContain('credentials');
    expect(error.message).not.toContain('s3cret');
  });
});

describe('resolveModelSpec', () => {
  it('prefers the flag, then FACTORY_MODEL, then offline', () => {
    const env = { FACTORY_MODEL: 'openai:gpt-5-mini' };
    expect(resolveModelSpec({ flag: 'anthropic:claude-haiku-4-5', env })).toBe('anthropic:claude-haiku-4-5');
    expect(resolveModelSpec({ flag: undefined, env })).toBe('openai:gpt-5-mini');
    expect(resolveModelSpec({ env: {} })).toBe('offline');
    expect(resolveModelSpec({ env: { FACTORY_MODEL: '  ' } })).toBe('offline');
  });

  it('hands a bad FACTORY_MODEL to parseModelSpec, which reports it like a bad flag', () => {
    expect(() => parseModelSpec(resolveModelSpec({ env: { FACTORY_MODEL: 'gpt-5' } }))).toThrow(
      /Invalid model "gpt-5"/,
    );
  });
});

import type { MockLanguageModelV3 } from 'ai/test';

type GenerateResult = Awaited<ReturnType<MockLanguageModelV3['doGenerate']>>;
type CallOptions = MockLanguageModelV3['doGenerateCalls'][number];

/**
 * doGenerate results shaped like what @ai-sdk/anthropic returns for a Messages API response
 * (usage split into uncached, cache-read and cache-write tokens; `end_turn` stop reason).
 */
export function anthropicAnswer(
  text: string,
  tokens: {
    input?: number;
    cacheRead?: number;
    cacheWrite?: number;
    output?: number;
    stop?: 'end_turn' | 'max_tokens';
  } = {},
): GenerateResult {
  const { input = 850, cacheRead = 0, cacheWrite = 0, output = 210, stop = 'end_turn' } = tokens;
  return {
    content: [{ type: 'text', text }],
    finishReason: { unified: stop === 'end_turn' ? 'stop' : 'length', raw: stop },
    usage: {
      inputTokens: { total: input + cacheRead + cacheWrite, noCache: input, cacheRead, cacheWrite },
      outputTokens: { total: output, text: output, reasoning: undefined },
      raw: {
        input_tokens: input,
        cache_creation_input_tokens: cacheWrite,
        cache_read_input_tokens: cacheRead,
        output_tokens: output,
      },
    },
    providerMetadata: {
      anthropic: { cacheCreationInputTokens: cacheWrite, stopSequence: null },
    },
    response: {
      id: 'msg_01XFDUDYJgAACzvnptvVoYEL',
      modelId: 'claude-sonnet-4-5-20250929',
      timestamp: new Date('2026-11-20T10:00:00Z'),
    },
    warnings: [],
  };
}

/** The text of the last user message a model was sent. */
export function lastUserText(call: CallOptions): string {
  const user = call.prompt.filter((message) => message.role === 'user').at(-1);
  if (!user) return '';
  return user.content.map((part) => (part.type === 'text' ? part.text : '')).join('');
}

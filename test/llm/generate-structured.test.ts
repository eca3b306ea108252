import { createAnthropic } from '@ai-sdk/anthropic';
import { APICallError } from 'ai';
import { MockLanguageModelV3 } from 'ai/test';
import { describe, expect, it } from 'vitest';
import { generateStructured } from '../../src/llm/generate-structured.ts';
import { ModelCallError } from '../../src/llm/model-call-error.ts';
import { UNTRUSTED_DATA_RULE } from '../../src/llm/quote-untrusted.ts';
import { StructuredOutputError } from '../../src/llm/structured-output-error.ts';
import {
  adSchema,
  BROKEN_JSON,
  bakeryAgent,
  bakeryInput,
  GOOD_AD,
  INVENTED_OFFER_AD,
  SYSTEM,
} from './bakery-agent.ts';
import { anthropicAnswer, lastUserText } from './model-responses.ts';

const prompt = bakeryAgent.prompt!(bakeryInput);
const validate = (output: Parameters<typeof bakeryAgent.validate>[0]) =>
  bakeryAgent.validate(output, bakeryInput);

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('generateStructured', () => {
  it('returns a valid first answer with its usage', async () => {
    const model = new MockLanguageModelV3({
      doGenerate: [anthropicAnswer(GOOD_AD, { input: 40, cacheWrite: 1100, output: 30 })],
    });
    const result = await generateStructured({
      model,
      schema: adSchema,
      prompt,
      validate,
      maxOutputTokens: 1024,
    });

    expect(result.output).toEqual(JSON.parse(GOOD_AD));
    expect(result.attempts).toBe(1);
    expect(result.usage).toEqual({
      inputTokens: 1140,
      outputTokens: 30,
      cachedInputTokens: 0,
      cacheWriteInputTokens: 1100,
    });
    const call = model.doGenerateCalls[0]!;
    expect(call.responseFormat).toMatchObject({ type: 'json', schema: { type: 'object' } });
    expect(call.maxOutputTokens).toBe(1024);
    // Agent schemas have optional fields, which OpenAI's strict mode refuses.
    expect(call.providerOptions).toMatchObject({ openai: { strictJsonSchema: false } });
  });

  it('sends the shared context first, as its own part, with Anthropic cache control', async () => {
    const model = new MockLanguageModelV3({ doGenerate: [anthropicAnswer(GOOD_AD)] });
    await generateStructured({ model, schema: adSchema, prompt, validate });

    const [shared, system, user] = model.doGenerateCalls[0]!.prompt;
    expect(shared).toEqual({
      role: 'system',
      content: prompt.sharedContext,
      providerOptions: { anthropic: { cacheControl: { type: 'ephemeral' } } },
    });
    expect(system).toMatchObject({ role: 'system' });
    expect(system?.providerOptions).toBeUndefined();
    // The shared context quotes web text, so the system part carries the untrusted-data rule.
    expect(system?.content).toBe(`${SYSTEM}\n\n${UNTRUSTED_DATA_RULE}`);
    expect(user).toMatchObject({ role: 'user', content: [{ type: 'text', text: prompt.prompt }] });
  });

  it('puts the cache breakpoint on the shared context in the Anthropic request', async () => {
    const bodies: unknown[] = [];
    const fetch = async (_url: unknown, init?: RequestInit) => {
      bodies.push(JSON.parse(String(init?.body)));
      // A recorded Messages API response, shortened.
      const message = {
        id: 'msg_01XFDUDYJgAACzvnptvVoYEL',
        type: 'message',
        role: 'assistant',
        model: 'claude-sonnet-4-5-20250929',
        content: [{ type: 'text', text: GOOD_AD }],
        stop_reason: 'end_turn',
        stop_sequence: null,
        usage: {
          input_tokens: 42,
          cache_creation_input_tokens: 1100,
          cache_read_input_tokens: 0,
          output_tokens: 30,
        },
      };
      return new Response(JSON.stringify(message), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    };
    const model = createAnthropic({ apiKey: 'sk-ant-test', fetch })('claude-sonnet-4-5');
    const result = await generateStructured({
      model,
      schema: adSchema,
      prompt,
      validate,
      maxOutputTokens: 2048,
    });

    expect(result.usage).toEqual({
      inputTokens: 1142,
      outputTokens: 30,
      cachedInputTokens: 0,
      cacheWriteInputTokens: 1100,
    });
    expect(bodies[0]).toMatchObject({
      max_tokens: 2048,
      system: [
        { type: 'text', text: prompt.sharedContext, cache_control: { type: 'ephemeral' } },
        { type: 'text', text: `${SYSTEM}\n\n${UNTRUSTED_DATA_RULE}` },
      ],
      messages: [{ role: 'user', content: [{ type: 'text', text: prompt.prompt }] }],
    });
  });

  it('feeds a JSON error back with the broken answer and accepts the corrected one', async () => {
    const model = new MockLanguageModelV3({
      doGenerate: [anthropicAnswer(BROKEN_JSON, { output: 25 }), anthropicAnswer(GOOD_AD, { output: 30 })],
    });
    const result = await generateStructured({ model, schema: adSchema, prompt, validate });

    expect(result.attempts).toBe(2);
    expect(result.output.offers).toEqual(['sourdough']);
    const retry = model.doGenerateCalls[1]!.prompt;
    expect(retry.at(-2)).toMatchObject({ role: 'assistant', content: [{ type: 'text', text: BROKEN_JSON }] });
    expect(lastUserText(model.doGenerateCalls[1]!)).toMatch(/not valid JSON/);
    expect(lastUserText(model.doGenerateCalls[1]!)).toMatch(/corrected, complete JSON object/);
  });

  it('names the failing schema field in the retry', async () => {
    const tooLong = JSON.stringify({
      headline: `Crumb & Co ${'very '.repeat(20)}good`,
      offers: ['sourdough'],
    });
    const model = new MockLanguageModelV3({
      doGenerate: [anthropicAnswer(tooLong), anthropicAnswer(GOOD_AD)],
    });
    await generateStructured({ model, schema: adSchema, prompt, validate });

    expect(lastUserText(model.doGenerateCalls[1]!)).toMatch(/Schema: headline: Too big/);
  });

  it('feeds validate() problems back and accepts the fixed answer', async () => {
    const model = new MockLanguageModelV3({
      doGenerate: [anthropicAnswer(INVENTED_OFFER_AD), anthropicAnswer(GOOD_AD)],
    });
    const result = await generateStructured({ model, schema: adSchema, prompt, validate });

    expect(result.attempts).toBe(2);
    expect(lastUserText(model.doGenerateCalls[1]!)).toContain(
      `- offer "bagels" is not one of the brand's offers`,
    );
  });

  it('sums usage over attempts', async () => {
    const model = new MockLanguageModelV3({
      doGenerate: [
        anthropicAnswer(BROKEN_JSON, { input: 200, cacheWrite: 1000, output: 100 }),
        anthropicAnswer(GOOD_AD, { input: 300, cacheRead: 1000, output: 120 }),
      ],
    });
    const { usage } = await generateStructured({ model, schema: adSchema, prompt, validate });
    expect(usage).toEqual({
      inputTokens: 2500,
      outputTokens: 220,
      cachedInputTokens: 1000,
      cacheWriteInputTokens: 1000,
    });
  });

  it('gives up after maxRetries with the last problems and all usage', async () => {
    const model = new MockLanguageModelV3({
      doGenerate: [
        anthropicAnswer(BROKEN_JSON),
        anthropicAnswer(INVENTED_OFFER_AD),
        anthropicAnswer(INVENTED_OFFER_AD),
      ],
    });
    const error = await rejectionOf(generateStructured({ model, schema: adSchema, prompt, validate }));

    expect(error).toBeInstanceOf(StructuredOutputError);
    const failure = error as StructuredOutputError;
    expect(failure.code).toBe('MODEL_OUTPUT_INVALID');
    expect(failure.attempts).toBe(3);
    expect(failure.problems).toEqual([`offer "bagels" is not one of the brand's offers`]);
    expect(failure.usage.outputTokens).toBe(3 * 210);
    expect(model.doGenerateCalls).toHaveLength(3);
  });

  it('stops retrying when beforeRetry says no', async () => {
    const model = new MockLanguageModelV3({
      doGenerate: [anthropicAnswer(BROKEN_JSON), anthropicAnswer(GOOD_AD)],
    });
    const error = await rejectionOf(
      generateStructured({ model, schema: adSchema, prompt, validate, beforeRetry: () => false }),
    );
    expect(error).toMatchObject({ code: 'MODEL_OUTPUT_INVALID', retriesStopped: true, attempts: 1 });
    expect(model.doGenerateCalls).toHaveLength(1);
  });

  it('turns an API error into a ModelCallError that keeps the usage so far', async () => {
    let calls = 0;
    const model = new MockLanguageModelV3({
      doGenerate: async () => {
        calls++;
        if (calls === 1) return anthropicAnswer(BROKEN_JSON, { input: 500, output: 80 });
        throw new APICallError({
          message: 'invalid x-api-key',
          url: 'https://api.anthropic.com/v1/messages',
          requestBodyValues: {},
          statusCode: 401,
          responseBody:
            '{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}',
          isRetryable: false,
        });
      },
    });
    const error = await rejectionOf(generateStructured({ model, schema: adSchema, prompt, validate }));

    expect(error).toBeInstanceOf(ModelCallError);
    const failure = error as ModelCallError;
    expect(failure.code).toBe('MODEL_CALL_FAILED');
    expect(failure.message).toContain('HTTP 401: invalid x-api-key');
    expect(failure.usage).toMatchObject({ inputTokens: 500, outputTokens: 80 });
    expect(failure.attempts).toBe(2);
  });

  it('lets an exception from validate() through as the bug it is', async () => {
    const model = new MockLanguageModelV3({ doGenerate: [anthropicAnswer(GOOD_AD)] });
    const buggy = () => {
      throw new TypeError('cannot read properties of undefined');
    };
    await expect(generateStructured({ model, schema: adSchema, prompt, validate: buggy })).rejects.toThrow(
      TypeError,
    );
  });
});

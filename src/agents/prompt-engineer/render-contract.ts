import { z } from 'zod';
import { RUNTIME_AGENTS, type RuntimeAgentId } from './runtime-agents.ts';

/**
 * The part of a runtime prompt that is code, not prose: the JSON Schema of what the agent receives
 * and returns (from the zod schemas the runtime validates with) and a short example of each.
 */
export function renderContract(agent: RuntimeAgentId, example: { input: unknown; output: unknown }): string {
  const { input, output } = RUNTIME_AGENTS[agent];
  return [
    `## Input: \`${input.name}\``,
    '',
    '```json',
    compactJson(z.toJSONSchema(input.schema)),
    '```',
    '',
    'Example:',
    '',
    '```json',
    compactJson(example.input),
    '```',
    '',
    `## Output: \`${output.name}\``,
    '',
    '```json',
    compactJson(z.toJSONSchema(output.schema)),
    '```',
    '',
    'Example:',
    '',
    '```json',
    compactJson(example.output),
    '```',
  ].join('\n');
}

const LINE_WIDTH = 100;

/** Pretty JSON that keeps small objects and arrays on one line, so schemas and examples stay short to read. */
export function compactJson(value: unknown, indent = ''): string {
  const flat = JSON.stringify(value);
  if (flat === undefined) return 'null';
  if (value === null || typeof value !== 'object' || indent.length + flat.length <= LINE_WIDTH) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => inner + compactJson(item, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${compactJson(item, inner)}`).join(',\n')}\n${indent}}`;
}

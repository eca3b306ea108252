import { type CheerioAPI, load } from 'cheerio';
import type { AnyNode, Text } from 'domhandler';

/**
 * Parses crawled HTML with cheerio, made safe to read: see flattenDeepNesting. Every reader of
 * crawled pages loads them through here.
 */
export function loadHtml(html: string): CheerioAPI {
  const $ = load(html);
  flattenDeepNesting($);
  return $;
}

/** Deeper than this, elements are read as plain text: the DOM helpers recurse once per level. */
const MAX_DEPTH = 200;

/**
 * Hostile or broken markup can nest thousands of elements deep (every unclosed `<div>` opens a
 * level), which overflows the stack of recursive DOM helpers. Elements at MAX_DEPTH keep their
 * text, gathered without recursion, and lose the markup below them.
 */
export function flattenDeepNesting($: CheerioAPI): void {
  // Cheerio's setters (empty, text) do not recurse; its readers do.
  const stack: Array<{ node: AnyNode; depth: number }> = [{ node: $.root().get(0) as AnyNode, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!('children' in node)) continue;
    if (depth >= MAX_DEPTH) {
      $(node).empty().text(textWithoutRecursion(node));
      continue;
    }
    for (const child of node.children) stack.push({ node: child, depth: depth + 1 });
  }
}

function textWithoutRecursion(root: AnyNode): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') parts.push((node as Text).data);
    else if ('children' in node)
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return parts.join(' ');
}

/** Markdown pieces the creative renderers share. */

export function list(items: string[]): string {
  return items.map((item) => `- ${item}`).join('\n');
}

export function row(cells: string[]): string {
  return `| ${cells.map((cell) => cell.replaceAll('|', '\\|').replaceAll('\n', ' ')).join(' | ')} |`;
}

export function table(header: string[], align: string[], rows: string[][]): string {
  return [row(header), row(align), ...rows.map(row)].join('\n');
}

/**
 * An error as logs may show it: name, message and stack, with quoted text masked, since driver
 * errors quote the values they refused and those can be a visitor's form input. Other properties
 * (a driver's `detail`, `where`) are left out for the same reason.
 */
export function loggableError(error: unknown): { type: string; message: string; stack: string } {
  const { name, message, stack } = error instanceof Error ? error : new Error(String(error));
  return { type: name, message: maskQuoted(message), stack: maskQuoted(stack ?? '') };
}

function maskQuoted(text: string): string {
  return text.replace(/"[^"\n]*"|'[^'\n]*'/g, '"…"');
}

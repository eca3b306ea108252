/**
 * Turns the raw bytes of a page into text. The charset comes from the Content-Type header, else
 * from a `<meta charset>` near the top of the document, else UTF-8; an unknown label falls back
 * to UTF-8 rather than failing the page.
 */
export function decodeBody(bytes: Uint8Array, contentType: string): string {
  const label = charsetFromContentType(contentType) ?? charsetFromMeta(bytes) ?? 'utf-8';
  return decoderFor(label).decode(bytes);
}

function charsetFromContentType(contentType: string): string | null {
  const match = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType);
  return match?.[1] ?? null;
}

function charsetFromMeta(bytes: Uint8Array): string | null {
  // The HTML spec looks at the first 1024 bytes; latin1 maps bytes 1:1, so ASCII markup survives.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  // Covers both `<meta charset="x">` and `<meta http-equiv content="text/html; charset=x">`.
  const match = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return match?.[1] ?? null;
}

function decoderFor(label: string): TextDecoder {
  try {
    return new TextDecoder(label);
  } catch {
    return new TextDecoder('utf-8');
  }
}

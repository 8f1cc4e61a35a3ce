/**
 * Bytes → text the way browsers and feed readers pick the encoding (WHATWG sniffing, simplified):
 *   1. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE);
 *   2. the charset of the HTTP Content-Type;
 *   3. for markup, the `<?xml ... encoding="...">` declaration, else a `<meta charset>` /
 *      `<meta http-equiv="Content-Type" content="...; charset=...">` in the first 1024 bytes;
 *   4. UTF-8 when the bytes are valid UTF-8, else windows-1252.
 * Two guards for labels that lie: a declared legacy encoding loses to bytes that are valid UTF-8
 * with non-ASCII in them (servers that stamp ISO-8859-1 on everything), and UTF-8 that is mostly
 * invalid is read as windows-1252. An unknown label is skipped, never thrown.
 * Node ≥ 20.18.3 decodes windows-1252 as ISO-8859-1 (nodejs/node#60888: 0x93 → U+0093, not “);
 * decodeAs() puts the 32 windows-1252 characters of 0x80–0x9F back.
 *
 *   decodeBytes(Uint8Array.of(0x93, 0x48, 0x69, 0x94), { contentType: 'text/html' })
 *   // → { text: '“Hi”', encoding: 'windows-1252', from: 'fallback' }
 *   decodeBytes(Uint8Array.of(0xcf, 0xf0, 0xe8), { contentType: 'text/plain; charset=windows-1251' })
 *   // → { text: 'При', encoding: 'windows-1251', from: 'header' }
 */

/** markup: look for an XML declaration or a <meta> charset; text: only BOM, header and UTF-8 validity. */
export type DecodeOptions = { contentType?: string; kind?: 'markup' | 'text' };
export type Decoded = { text: string; encoding: string; from: 'bom' | 'header' | 'xml' | 'meta' | 'utf-8' | 'fallback' };

const PRESCAN_BYTES = 1024;

export function decodeBytes(bytes: Uint8Array, opts: DecodeOptions = {}): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) return { text: decodeAs(bom, bytes), encoding: bom, from: 'bom' };
  const declared = fromHeader(opts.contentType) ?? (opts.kind === 'text' ? null : fromDocument(bytes));
  if (declared && declared.encoding !== 'utf-8') {
    const utf8 = isUtf16(declared.encoding) ? null : strictUtf8(bytes);
    if (utf8 !== null && /[^\x00-\x7f]/.test(utf8)) return { text: utf8, encoding: 'utf-8', from: 'utf-8' };
    return { text: decodeAs(declared.encoding, bytes), ...declared };
  }
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', from: declared?.from ?? 'utf-8' };
  const lenient = decodeAs('utf-8', bytes);
  if (mostlyValid(lenient)) return { text: lenient, encoding: 'utf-8', from: declared?.from ?? 'utf-8' };
  return { text: decodeAs('windows-1252', bytes), encoding: 'windows-1252', from: 'fallback' };
}

/** Bytes in a known encoding (a WHATWG name, see encodingFor), malformed sequences as U+FFFD, a leading BOM dropped. */
export function decodeAs(encoding: string, bytes: Uint8Array): string {
  const text = new TextDecoder(encoding).decode(bytes);
  return encoding === 'windows-1252' ? text.replace(/[\x80-\x9f]/g, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80]!) : text;
}

// WHATWG index-windows-1252 for 0x80–0x9F; 0x81, 0x8D, 0x8F, 0x90 and 0x9D stay C1 controls.
const CP1252_80_9F = [...'€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ'];

/** A local file's bytes: .txt and .md by BOM, else UTF-8, else windows-1252; anything else is sniffed as markup too. */
export function decodeFile(bytes: Uint8Array, path: string): Decoded {
  return decodeBytes(bytes, { kind: /\.(txt|text|md|markdown)$/i.test(path) ? 'text' : 'markup' });
}

/** The WHATWG name for a label ('latin1' → 'windows-1252', 'GB2312' → 'gbk'), or null when Node does not know it. */
export function encodingFor(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

/** The charset parameter of a Content-Type header: 'text/html; charset="KOI8-R"' → 'KOI8-R'. */
export function charsetParam(contentType: string | undefined): string | null {
  const m = contentType?.match(/;\s*charset\s*=\s*(?:"([^"]*)"|([^\s;]+))/i);
  return m ? (m[1] ?? m[2] ?? '').trim() || null : null;
}

function bomEncoding(b: Uint8Array): string | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  return null;
}

function fromHeader(contentType: string | undefined): Pick<Decoded, 'encoding' | 'from'> | null {
  const label = charsetParam(contentType);
  const encoding = label ? encodingFor(label) : null;
  return encoding ? { encoding, from: 'header' } : null;
}

/** The document's own declaration, read from its first bytes as ASCII. */
function fromDocument(bytes: Uint8Array): Pick<Decoded, 'encoding' | 'from'> | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, PRESCAN_BYTES)).toString('latin1');
  const xml = head.match(/^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([^"']+)["']/i)?.[1];
  const found = xml ? { label: xml, from: 'xml' as const } : metaLabel(head);
  const encoding = found ? encodingFor(found.label) : null;
  // A declaration readable as ASCII cannot be UTF-16 (WHATWG reads it as UTF-8 then).
  return encoding && found ? { encoding: isUtf16(encoding) ? 'utf-8' : encoding, from: found.from } : null;
}

function metaLabel(head: string): { label: string; from: 'meta' } | null {
  for (const [tag] of head.replace(/<!--[\s\S]*?(-->|$)/g, '').matchAll(/<meta[\s/][^>]*>?/gi)) {
    const attrs = new Map<string, string>();
    for (const m of tag.slice(5).matchAll(/([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"?|'([^']*)'?|([^\s>]+)))?/g)) {
      const name = m[1]!.toLowerCase();
      if (!attrs.has(name)) attrs.set(name, m[2] ?? m[3] ?? m[4] ?? '');
    }
    const charset = attrs.get('charset');
    if (charset) return { label: charset, from: 'meta' };
    if (attrs.get('http-equiv')?.toLowerCase() === 'content-type') {
      const label = attrs.get('content')?.match(/charset\s*=\s*["']?([^"';\s]+)/i)?.[1];
      if (label) return { label, from: 'meta' };
    }
  }
  return null;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** UTF-8 with a stray bad byte stays UTF-8; a windows-1252 text has more bad sequences than good non-ASCII. */
function mostlyValid(lenient: string): boolean {
  const bad = lenient.match(/\ufffd/g)?.length ?? 0;
  const good = lenient.match(/[^\x00-\x7f\ufffd]/g)?.length ?? 0;
  return good > bad * 4;
}

const isUtf16 = (encoding: string) => encoding === 'utf-16le' || encoding === 'utf-16be';

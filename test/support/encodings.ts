import { decodeAs } from '../../src/ingest/decode.ts';

/**
 * Text → bytes in a single-byte legacy encoding (windows-1252, windows-1251, KOI8-R, ...), for tests:
 * TextEncoder only writes UTF-8, so the table is built by inverting the decoder over 0x00–0xFF (decodeAs,
 * which corrects Node's windows-1252; test/ingest/decode.test.ts checks it against iconv-made bytes).
 * Throws on a character the encoding cannot represent, so a fixture cannot silently lose one.
 */
export function encodeSingleByte(text: string, encoding: string): Buffer {
  const table = new Map<string, number>();
  for (let b = 0xff; b >= 0; b--) table.set(decodeAs(encoding, Uint8Array.of(b)), b);
  return Buffer.from([...text].map((ch) => {
    const b = table.get(ch);
    if (b === undefined) throw new Error(`${encoding} cannot encode ${JSON.stringify(ch)}`);
    return b;
  }));
}

/** UTF-16 with its byte-order mark, as Windows tools save "Unicode" text. */
export const utf16leWithBom = (text: string) => Buffer.concat([Buffer.of(0xff, 0xfe), Buffer.from(text, 'utf16le')]);

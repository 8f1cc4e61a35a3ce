import assert from 'node:assert/strict';
import { test } from 'node:test';
import { charsetParam, decodeBytes, decodeFile, encodingFor } from '../../src/ingest/decode.ts';

// Byte fixtures precomputed with Debian's iconv (`printf 'Привет' | iconv -t WINDOWS-1251 | xxd -p`) or written by hand.
const privet1251 = [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]; // Привет
const privetKoi8 = [0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4]; // Привет
const tokyoSjis = [0x93, 0x8c, 0x8b, 0x9e, 0x89, 0x77]; // 東京駅
const beijingGbk = [0xb1, 0xb1, 0xbe, 0xa9, 0xd0, 0xc2, 0xce, 0xc5]; // 北京新闻
const zoe1252 = [0x93, 0x5a, 0x6f, 0xeb, 0x94]; // “Zoë”
const ascii = (s: string) => [...Buffer.from(s, 'latin1')];
const bytes = (...parts: (number[] | string)[]) => Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? ascii(p) : p)));

test('GIVEN a byte-order mark WHEN decoded THEN the BOM wins over any header or declaration and is stripped', () => {
  const utf8 = decodeBytes(bytes([0xef, 0xbb, 0xbf], 'Zo', [0xc3, 0xab]), { contentType: 'text/html; charset=windows-1251' });
  assert.deepEqual(utf8, { text: 'Zoë', encoding: 'utf-8', from: 'bom' });
  assert.equal(decodeBytes(bytes([0xff, 0xfe, 0x5a, 0x00, 0x6f, 0x00, 0xeb, 0x00])).text, 'Zoë');
  assert.deepEqual(decodeBytes(bytes([0xfe, 0xff, 0x00, 0x5a, 0x00, 0x6f, 0x00, 0xeb]), { kind: 'text' }), { text: 'Zoë', encoding: 'utf-16be', from: 'bom' });
});

test('GIVEN a charset in the Content-Type WHEN decoded THEN that encoding is used, whatever the document declares', () => {
  assert.deepEqual(decodeBytes(bytes(privet1251), { contentType: 'text/plain; charset=windows-1251' }), { text: 'Привет', encoding: 'windows-1251', from: 'header' });
  assert.equal(decodeBytes(bytes(privetKoi8), { contentType: 'text/html;charset="KOI8-R"' }).text, 'Привет');
  assert.equal(decodeBytes(bytes(tokyoSjis), { contentType: 'text/html; charset=Shift_JIS' }).text, '東京駅');
  const page = bytes('<meta charset="koi8-r"><p>', beijingGbk);
  assert.equal(decodeBytes(page, { contentType: 'text/html; charset=gb2312' }).text, '<meta charset="koi8-r"><p>北京新闻');
});

test('GIVEN an XML declaration and no header charset WHEN a feed is decoded THEN the declared encoding is used', () => {
  const feed = bytes('<?xml version="1.0" encoding="windows-1251"?><rss><title>', privet1251, '</title></rss>');
  assert.deepEqual(decodeBytes(feed, { contentType: 'application/rss+xml' }),
    { text: '<?xml version="1.0" encoding="windows-1251"?><rss><title>Привет</title></rss>', encoding: 'windows-1251', from: 'xml' });
  const sjis = decodeBytes(bytes("<?xml version='1.0' encoding='Shift_JIS'?>\n<feed>", tokyoSjis, '</feed>'));
  assert.equal(sjis.text.endsWith('<feed>東京駅</feed>'), true);
});

test('GIVEN a meta charset in the first 1024 bytes WHEN an HTML page is decoded THEN it is used, and one in a comment or past 1024 bytes is not', () => {
  const meta = decodeBytes(bytes('<!doctype html><head><meta charset=koi8-r><title>', privetKoi8, '</title>'), { contentType: 'text/html' });
  assert.deepEqual([meta.encoding, meta.from, meta.text.endsWith('<title>Привет</title>')], ['koi8-r', 'meta', true]);
  const equiv = decodeBytes(bytes('<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-1251"><p>', privet1251));
  assert.deepEqual([equiv.encoding, equiv.from], ['windows-1251', 'meta']);
  const named = decodeBytes(bytes('<meta name="note" content="charset=koi8-r"><p>', zoe1252));
  assert.equal(named.encoding, 'windows-1252', 'only http-equiv=Content-Type carries a charset in content');
  assert.equal(decodeBytes(bytes('<!-- <meta charset="koi8-r"> --><p>', zoe1252)).text, '<!-- <meta charset="koi8-r"> --><p>“Zoë”');
  const late = decodeBytes(bytes(`<p>${' '.repeat(1100)}</p><meta charset="koi8-r"><p>`, privetKoi8));
  assert.equal(late.encoding, 'windows-1252');
});

test('GIVEN no BOM and no label WHEN decoded THEN valid UTF-8 is UTF-8 and anything else is windows-1252', () => {
  assert.deepEqual(decodeBytes(new TextEncoder().encode('“Ångström”')), { text: '“Ångström”', encoding: 'utf-8', from: 'utf-8' });
  assert.deepEqual(decodeBytes(bytes(zoe1252)), { text: '“Zoë”', encoding: 'windows-1252', from: 'fallback' });
  assert.equal(decodeBytes(bytes([0x80, 0x20, 0x85, 0x97, 0x91, 0x92, 0x99, 0x9f])).text, '€ …—‘’™Ÿ', 'the 0x80–0x9F row, not Latin-1 controls');
  assert.equal(decodeFile(bytes('Caf', [0xe9]), 'note.txt').text, 'Café');
  assert.equal(decodeFile(bytes('<meta charset="koi8-r"><p>', privetKoi8), 'page.html').text, '<meta charset="koi8-r"><p>Привет');
  assert.equal(decodeFile(bytes('<meta charset="koi8-r">', [0xe9]), 'note.txt').text, '<meta charset="koi8-r">é', 'a .txt is not sniffed for <meta>');
});

test('GIVEN an unknown, unsupported or lying charset label WHEN decoded THEN nothing throws and the text is still readable', () => {
  assert.equal(decodeBytes(bytes(zoe1252), { contentType: 'text/html; charset=x-no-such-charset' }).text, '“Zoë”');
  assert.equal(decodeBytes(bytes('<meta charset="x-user-defined"><p>', zoe1252)).text.endsWith('“Zoë”'), true);
  assert.equal(decodeBytes(bytes('<?xml version="1.0" encoding="bogus"?><a>', zoe1252, '</a>')).encoding, 'windows-1252');
  const utf8Body = new TextEncoder().encode('<p>“Zoë Ångström”</p>');
  assert.equal(decodeBytes(utf8Body, { contentType: 'text/html; charset=ISO-8859-1' }).text, '<p>“Zoë Ångström”</p>', 'UTF-8 stamped as Latin-1');
  assert.equal(decodeBytes(bytes('<p>', zoe1252, '</p>'), { contentType: 'text/html; charset=utf-8' }).text, '<p>“Zoë”</p>', 'windows-1252 stamped as UTF-8');
  const stray = decodeBytes(Uint8Array.from([...new TextEncoder().encode('“Zoë Ångström” said'), 0xff]));
  assert.deepEqual([stray.encoding, stray.text.startsWith('“Zoë Ångström”')], ['utf-8', true], 'one bad byte does not turn UTF-8 into mojibake');
  assert.equal(decodeBytes(bytes('<meta charset="utf-16"><p>Zo', [0xc3, 0xab])).text.endsWith('Zoë'), true, 'an ASCII-readable page is not UTF-16');
});

test('GIVEN charset labels WHEN resolved THEN WHATWG aliases map to their encodings and junk maps to null', () => {
  assert.deepEqual(['latin1', 'ISO-8859-1', 'ascii', 'GB2312', 'cp1251', ' utf8 '].map(encodingFor), ['windows-1252', 'windows-1252', 'windows-1252', 'gbk', 'windows-1251', 'utf-8']);
  assert.equal(encodingFor('x-no-such-charset'), null);
  assert.deepEqual([charsetParam('text/html; charset="UTF-8"'), charsetParam('text/html'), charsetParam(undefined), charsetParam('text/xml; charset=')], ['UTF-8', null, null, null]);
});

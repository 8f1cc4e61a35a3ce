/**
 * Step 1 — normalise the raw text, keeping a map back to the original offsets.
 *
 *   'He said.The “plan” costs\u00a0$4m'  →  text: 'He said. The "plan" costs $4m'
 *   doc.orig(9) === 8   (the inserted space maps back to where it was inserted)
 *
 * Same-length replacements (curly → straight quotes, NBSP → space, dashes) keep offsets;
 * the only insertion is a space after a sentence end glued to the next word ("said.The"), the only
 * deletion turns two apostrophes used as a double quote mark (''Yes,'' he said) into one '"'.
 * Curly marks are remembered in `curly` because they tell opening from closing.
 */
export type Doc = {
  original: string;
  text: string;
  /** Original offset of each normalised index (length text.length + 1). */
  orig: (i: number) => number;
  /** Normalised indices whose original character was a curly quote (“ ” ‘ ’ « »). */
  open: Set<number>;
  close: Set<number>;
  /** A wire dateline ('PORT AVERIN, Nov 3 (Meridian Wire) -', 'KASSANGO, 21 October (AKP) -'): its place and outlet are blanked in `text`. */
  dateline?: Dateline;
};

/** date: the filing day as written ('Nov 3'), when the dateline gives one. */
export type Dateline = { place: string; outlet: string | null; date?: string; start: number; end: number };

const SAME_LENGTH: Record<string, string> = {
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u00ab': '"', '\u00bb': '"', '\u2033': '"',
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u2032': "'", '`': "'",
  '\u00a0': ' ', '\u2009': ' ', '\u202f': ' ', '\u2007': ' ', '\t': ' ',
  '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2012': '-', '\u2212': '-',
};
const OPENERS = new Set(['\u201c', '\u201e', '\u00ab', '\u2018', '\u201a']);
const CLOSERS = new Set(['\u201d', '\u00bb', '\u2019']);

const SPECIAL = /[\u201c\u201d\u201e\u00ab\u00bb\u2033\u2018\u2019\u201a\u2032`\u00a0\u2009\u202f\u2007\t\u2013\u2014\u2015\u2012\u2212]/g;
// insertions and deletions: a space goes in after "said.The", "answer.'Not" and "pay'said" (a closing
// mark glued to a speech verb is never a contraction); '' used as a double quote mark becomes one mark
// ('evening:'Thank you' — a colon glued to a quote gets its space too; so does a curly close glued to the next sentence: 'it.”He added')
// (each alternative consumes its mark first and looks behind after it: a regex opening with a lookbehind tries every position)
const EDITS = /[.?!](?<=(?:[a-z]{2}|[a-z]['"])[.?!])(?=[A-Z][a-z]|['"\u2018\u201c][A-Z])|[.?!](?<=\d\d[.?!])(?=['"\u2018\u201c][A-Z])|['"\u2019\u201d](?<=[\w.,!?].)(?=(?:said|says|told|added|asked|insisted|warned)\b)|\u201d(?<=[.,!?]\u201d)(?=[A-Z])|:(?<=[a-z]:)(?=['"\u2018\u201c][A-Z])|''/g;

export function normalize(original: string): Doc {
  const open = new Set<number>();
  const close = new Set<number>();
  const edits = [...original.matchAll(EDITS)];
  const same = original.replace(SPECIAL, (ch) => SAME_LENGTH[ch]!);
  if (!edits.length) {
    const low = lowOpened();
    for (const m of original.matchAll(CURLY)) (low(m[0]) ? open : close).add(m.index);
    const n = original.length;
    return withDateline({ original, text: same, orig: (i) => Math.max(0, Math.min(i, n)), open, close });
  }
  const out: string[] = [];
  const map: number[] = [];
  let from = 0;
  const copy = (to: number) => {
    out.push(same.slice(from, to));
    for (let k = from; k < to; k++) map.push(k);
    from = to;
  };
  for (const m of edits) {
    if (m[0] === "''") {
      copy(m.index);
      out.push('"');
      map.push(m.index);
      from = m.index + 2;
    } else {
      // "much.'The next": when a straight quotation is open in the paragraph, the mark closes it and the space goes after
      const at = /^[.?!]['"]$/.test(original.slice(m.index, m.index + 2)) && quoteOpen(original, m.index, original[m.index + 1]!) ? m.index + 2 : m.index + 1;
      copy(at);
      out.push(' ');
      map.push(at);
    }
  }
  copy(original.length);
  map.push(original.length);
  const text = out.join('');
  const low = lowOpened();
  for (let k = 0; k < map.length - 1; k++) {
    const ch = original[map[k]!]!;
    if (!OPENERS.has(ch) && !CLOSERS.has(ch)) continue;
    (low(ch) ? open : close).add(k);
  }
  return withDateline({ original, text, orig: (i) => map[Math.max(0, Math.min(i, map.length - 1))]!, open, close });
}

/**
 * Whether a curly mark opens, read in text order: German and Polish quotations open low and close with the
 * high mark that opens English ones ('„Wir bedauern das“', '‚so‘'), so after a low opener “ and ‘ close.
 */
function lowOpened(): (ch: string) => boolean {
  let double = false;
  let single = false;
  return (ch) => {
    if (ch === '\u201e') return (double = true);
    if (ch === '\u201a') return (single = true);
    if (ch === '\u201c' && double) return (double = false);
    if (ch === '\u2018' && single) return (single = false);
    if (ch === '\u201d') double = false;
    return OPENERS.has(ch);
  };
}

/** Whether an odd number of straight `mark`s opened quotations earlier in the paragraph. */
function quoteOpen(text: string, at: number, mark: string): boolean {
  const para = Math.max(0, text.lastIndexOf('\n', at) + 1);
  let open = false;
  for (let i = text.indexOf(mark, para); i >= 0 && i < at; i = text.indexOf(mark, i + 1)) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + 1] ?? ' ';
    if (!open && (/[\s(:]/.test(before) || i === para || (/[.?!]/.test(before) && /\p{Lu}/u.test(after)))) open = true;
    else if (open && /[\p{L}.,!?]/u.test(before) && !/\p{L}/u.test(after)) open = false;
  }
  return open;
}

// At a paragraph start: CITY[, Region][, Nov 3][ (Outlet)] - . Its date is the filing day, not an event's.
const DATELINE = /^([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3})((?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})?)((?:,? (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}))?) ?(\([A-Z][^)\n]{1,40}\))? ?--? /gm;

/**
 * Blank a dateline (same length, offsets unchanged) so that its place and outlet are not taken for
 * actors nor its filing date for an event's, and remember it: 'PORT AVERIN, Nov 3 (Meridian Wire) - The…'
 * → place 'Port Averin', outlet 'Meridian Wire'.
 */
function withDateline(doc: Doc): Doc {
  let found: Dateline | undefined;
  const text = doc.text.replace(DATELINE, (all: string, city: string, region: string, date: string, outlet: string | undefined, at: number) => {
    if (city.replace(/[^A-Z]/g, '').length < 3 || (!region && !date && !outlet && !/^[A-Z .'-]+ --? $/.test(all))) return all;
    found ??= { place: titleCase(city), outlet: outlet ? outlet.slice(1, -1) : null, ...(date ? { date: date.replace(/^,?\s*/, '') } : {}), start: doc.orig(at), end: doc.orig(at + all.length) };
    return ' '.repeat(all.length);
  });
  return withoutBoilerplate(found ? { ...doc, text, dateline: found } : doc);
}

/**
 * Lines that are page furniture, not the story ('Read more: …', 'Photo: …', 'Updated 14:05 GMT, 12 March 2026',
 * "Editor's note: …", 'Correction: …', a wire's '(Adds Whitcombe remarks)') are blanked the same way: no quotes, events
 * or actors from them.
 */
const BOILERPLATE = /^[ \t]*(?:\((?:Adds|Updates|Recasts|Rewrites|Changes|Corrects|Fixes|Inserts|Removes|Refiles|Repeats|Writes through|New throughout)\b[^()\n]{0,120}\)[ \t]*$|(?:Read more|Related|See also|Photo|Photograph|Image|Picture|Video|Watch|Listen|Editor'?s note|Correction|Clarification|Advertisement|Sign up|Subscribe|Follow us)\s*:|(?:Published|Updated|Last updated|Posted|First published)\b[^\n]{0,40}\d{4}\s*$|By [A-Z][\w.'-]+(?: (?:[A-Z][\w.'-]+|de|van|von|der|den|da|di|du|la|le|al|el|bin)){0,4}(?:,? and [A-Z][\w.'-]+(?: (?:[A-Z][\w.'-]+|de|van|von|der|da|di|du|la|le)){0,4})?(?:,\s*[A-Z][\w.&'’ -]{1,40})?\s*$)[^\n]*/gm;

function withoutBoilerplate(doc: Doc): Doc {
  BOILERPLATE.lastIndex = 0;
  if (!BOILERPLATE.test(doc.text)) return doc;
  return { ...doc, text: doc.text.replace(BOILERPLATE, (line) => ' '.repeat(line.length)) };
}

const titleCase = (s: string) => s.toLowerCase().replace(/(^|[ '-])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase());

const CURLY = /[\u201c\u201e\u00ab\u2018\u201a\u201d\u00bb\u2019]/g;

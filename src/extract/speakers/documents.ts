/**
 * Documents introduced with who wrote them, so that "the email said", "it read" or "X read a statement from Y:"
 * name the writer, not the document or the reader.
 *
 *   'An email sent by a regional director struck a weary tone. "Morale is low," the email said.' → 'a regional director'
 *   'The campaign released a statement from chairman Ray Benedetti. "We will protect the vote," it read.' → 'chairman Ray Benedetti'
 *   'The spokesman read a statement from Gov. Meredith Callow: "..."' → 'Gov. Meredith Callow'
 */
type Doc = { at: number; end: number; noun: string; author: string };
export type AuthorLookup = (phrase: string, cue: string, quoteStart: number) => string | null;

const NOUNS = 'statement|email|e-mail|letter|memo|memorandum|note|post|message|release|text|op-ed|column|filing';
// (the document noun is found first and its determiner looked for just before it: a regex opening with '\b(?:a|the|his…)' tried every word)
const INTRO_NOUN = new RegExp(String.raw`(?:${NOUNS}),?\s+(?:(?:sent|written|signed|issued|released|posted)(?:\s+[\w-]+){0,5}?\s+)?(?:from|by)\s+((?:[\p{L}\p{N}.'’-]+\s?){1,6}?)(?=\s*[,.;:]|\s+(?:to|on|in|at|that|which|who|struck|said|says|read|reads|was|is)\b)`, 'gu');
const INTRO_DET = /\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[a-z-]+\s+){0,2}$/;
// (the verb is found first and the name looked for just before it: a regex opening with capitalised words backtracks on every capital)
const SAID_IN = new RegExp(String.raw`\b(?:said|wrote|added|announced|stated)\s+in\s+an?\s+(?:[a-z-]+\s+)?(${NOUNS})\b`, 'g');
const SUBJECT_BEFORE = /((?:\p{Lu}[\p{L}.'’-]*\s){1,4})$/u;
const NAME_SET_OFF = /,\s((?:\p{Lu}[\p{L}.'’-]*\s?){2,4}),\s$/u;
const APPOSED_BEFORE = /(?:^|[.!?]\s+)((?:\p{Lu}[\p{L}.'’-]*\s?){1,4}),\s[^,"“”]{3,100},\s$/u;
// ('In a statement Thursday evening, Mr. Kinkaid said', 'In a statement released by the transition, he said')
const IN_A_DOC = new RegExp(String.raw`\b[Ii]n an? (?:[a-z-]+\s+)?(${NOUNS})(?:\s[^,"“”.]{1,40})?,\s+((?:[\p{L}.'’-]+\s){1,6}?)(?:said|wrote|added|stated|declared|called|described|insisted|argued)\b`, 'gu');
// ('Lydia Ferraro had issued a third statement.': the subject issued it)
const ISSUED = new RegExp(String.raw`(?:issued|released|put out|posted|sent out|sent)\s+(?:a|an|her|his|their|its)\s+(?:[a-z-]+\s+){0,2}(${NOUNS})\b`, 'g');
const WROTE = /wrote|had written|penned/g; // (literals first: a leading \b made this scan slow)
const WROTE_IT = new RegExp(String.raw`\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z-]+\s+)?(${NOUNS})\s+(?:that\s+)?((?:(?:his|her|their|my)\s+(?:late\s+)?\p{Ll}+,\s+)?\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)*,?\s)$`, 'u');
const NAMED_DOC_NOUN = /tweet|post|memo|letter|email|statement/g;
const NAMED_DOC = /\b(?:an?|the)\s+(\p{Lu}[\p{L}'’-]+)\s+$/u;
/** ('a Facebook post': where it was posted, not who wrote it) */
const PLATFORM = /^(?:Facebook|Twitter|Instagram|YouTube|TikTok|Snapchat|LinkedIn|Medium|Reddit|Tumblr|Telegram|WhatsApp|Weibo|WeChat|Substack|Truth)$/;
const DOCUMENT = new RegExp(`^(?:the|this|that)\\s+(?:[a-z-]+\\s+)?(${NOUNS})$`, 'i');
const DOC_SUBJECT = new RegExp(String.raw`(?:^|[.!?]["”]?\s+)[Tt]he (${NOUNS}|report|document|filing|ad)\b[^.!?"“]*[.!?:]?\s*["“']?$`);
/** How far back a document stays in view. */
const IN_VIEW = 1500;

export function documentsOf(text: string): AuthorLookup {
  const docs: Doc[] = [];
  // ('X said in a statement released by the campaign': X wrote it; the campaign only put it out)
  for (const n of text.matchAll(INTRO_NOUN)) {
    if (/\w/.test(text[n.index - 1] ?? '')) continue;
    const det = INTRO_DET.exec(text.slice(Math.max(0, n.index - 40), n.index));
    if (!det) continue;
    const at = n.index - det[0].length;
    const noun = /^[\w-]+/.exec(n[0])![0].toLowerCase();
    if (!/\b(?:said|wrote|added|stated|announced|[Ii]n)\s+$/.test(text.slice(Math.max(0, at - 12), at))) docs.push({ at, end: n.index + n[0].length, noun, author: n[1]!.trim() });
  }
  // ('Gov. Wade Pomeroy said in a statement that ...': the subject wrote it)
  for (const m of text.matchAll(SAID_IN)) {
    // ('Mayor Felix Arbogast, a Civic Party member who spoke at the rally, said in a statement': past the appositive)
    const before = text.slice(Math.max(0, m.index - 140), m.index);
    const author = SUBJECT_BEFORE.exec(before.slice(-60))?.[1] ?? APPOSED_BEFORE.exec(before)?.[1] ?? NAME_SET_OFF.exec(before)?.[1] // ('Her cousin, Frank Alvarado, said in')
      ?? /\b([Hh]e|[Ss]he)\s+$/.exec(before)?.[1]; // ('"I will not resign," she said in a statement.': resolved where the statement speaks)
    if (author) docs.push({ at: m.index, end: m.index + m[0].length, noun: m[1]!.toLowerCase(), author: author.trim() });
  }
  for (const m of text.matchAll(ISSUED)) {
    if (/\w/.test(text[m.index - 1] ?? '')) continue; // (whole words: the verb is found by its literal, not after a \b at every position)
    const before = text.slice(Math.max(0, m.index - 60), m.index).replace(/\s(?:had|has|have|also|then|later|quickly)\s$/, ' ');
    // ("Mr. Kessling's lawyer, Martin Felder, sent a letter": the name set off before the verb)
    const author = SUBJECT_BEFORE.exec(before)?.[1] ?? NAME_SET_OFF.exec(before)?.[1] ?? APPOSED_BEFORE.exec(text.slice(Math.max(0, m.index - 140), m.index))?.[1];
    if (author) docs.push({ at: m.index, end: m.index + m[0].length, noun: m[1]!.toLowerCase(), author: author.trim() });
  }
  // ('In a statement, party chairman Rudy Halvorsen said ...')
  for (const m of text.matchAll(IN_A_DOC)) docs.push({ at: m.index, end: m.index + m[0].length, noun: m[1]!.toLowerCase(), author: m[2]!.trim() });
  // ('a Varnum tweet', "the senator's letter": the name before the document)
  for (const n of text.matchAll(NAMED_DOC_NOUN)) {
    if (/\w/.test(text[n.index + n[0].length] ?? '')) continue;
    const m = NAMED_DOC.exec(text.slice(Math.max(0, n.index - 40), n.index));
    if (m && !PLATFORM.test(m[1]!)) docs.push({ at: n.index - m[0].length, end: n.index + n[0].length, noun: n[0].toLowerCase(), author: m[1]! });
  }
  // ('a note her late husband, Walt, wrote on the morning of the election': the writer named before 'wrote')
  // (the verb is found first, the document and its writer looked for just before it)
  for (const v of text.matchAll(WROTE)) {
    if (/\w/.test(text[v.index - 1] ?? '') || /\w/.test(text[v.index + v[0].length] ?? '')) continue; // (whole words only)
    const before = text.slice(Math.max(0, v.index - 100), v.index);
    const m = WROTE_IT.exec(before);
    const author = m ? [...m[2]!.matchAll(/\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)*/gu)].pop()?.[0] : undefined;
    if (m && author) docs.push({ at: v.index - before.length + m.index, end: v.index + v[0].length, noun: m[1]!.toLowerCase(), author });
  }
  docs.sort((a, b) => a.end - b.end);
  const latest = (before: number, noun?: string, within = IN_VIEW) => {
    for (let i = docs.length - 1; i >= 0; i--) {
      const d = docs[i]!;
      if (d.end > before || before - d.end > within) continue;
      if (!noun || d.noun === noun) return d.author;
    }
    return null;
  };
  return (phrase, rawCue, quoteStart) => {
    const cue = rawCue.replace(/\.$/, '');
    const named = DOCUMENT.exec(phrase);
    if (named) return latest(quoteStart, named[1]!.toLowerCase());
    if (/^(?:read|reads|stated|states)$/i.test(cue) && /^it$/i.test(phrase)) return latest(quoteStart, undefined, 400);
    // ('Lyle Ostrander issued a brief statement. "...," it said.': the statement just issued)
    if (/^(?:said|says|added|adds|continued|noted)$/i.test(cue) && /^it$/i.test(phrase)) { const d = latest(quoteStart, undefined, 200); if (d) return d; }
    // ('She unfolded it and read it aloud. "...," she read.': someone reading a document gives its writer's words)
    if (/^read$/i.test(cue) && /^(?:he|she|they)$/i.test(phrase)) return latest(quoteStart, undefined, 400);
    // ('The memo also addresses his vulnerabilities. "...," it says.': the document the last sentence was about)
    if (/^it$/i.test(phrase)) {
      const about = DOC_SUBJECT.exec(text.slice(Math.max(0, quoteStart - 200), quoteStart));
      if (about) return latest(quoteStart, about[1]!.toLowerCase()) ?? `the ${about[1]!.toLowerCase()}`;
    }
    // ('He then read aloud from a Varnum tweet posted that morning:')
    if (/^(?:read|reads|quoted|quotes|cited|cites)$/i.test(cue)) return latest(quoteStart, undefined, 60);
    // ('Ivo Brandt read a statement from Gov. Meredith Callow:': the reader only reads)
    return latest(quoteStart, undefined, 3);
  };
}

import { isVerb, lastIndexWhere, type Tok } from './tokens.ts';
import type { Found } from './frames.ts';

/**
 * Whole-frame forms that name who is heard or who put it, before any verb is looked for:
 * 'played a clip of Gus Varnum telling a crowd that' → Gus Varnum; 'as one man put it,' → one man;
 * 'He then read aloud from a Varnum tweet posted that morning:' → Varnum (the tweet's writer).
 */
export function framedForm(frame: string): Found | null {
  // (every form ends the frame: only its tail is read, so long frames cost no more)
  const tail = frame.length > 220 ? frame.slice(-220) : frame;
  const heard = HEARD.exec(tail);
  if (heard) return { phrase: heard[1]!.trim(), cue: heard[2]! };
  // ('The Ledger quoted Rosalind Achterberg, who runs ..., as saying': the one quoted, not the paper)
  const quoted = tail.includes('quoted') ? QUOTED_AS.exec(tail) : null;
  // ('quoted the band's former director, Gary Ostrowski, as saying': the name set off after the description)
  if (quoted) return { phrase: (quoted[2] && SET_OFF_NAME.test(quoted[2]) ? quoted[2] : quoted[1]!).trim(), cue: 'quoted' };
  const put = PUT_IT.exec(tail);
  if (put) return { phrase: put[1]!, cue: 'put it' };
  const read = READ_FROM.exec(tail);
  if (read) return { phrase: read[1]!, cue: read[2]! };
  // ('Another, using the handle RidgeRunner88, wrote:': an online commenter by their handle)
  const handle = HANDLE.exec(tail);
  if (handle) return { phrase: handle[1]!, cue: 'wrote' };
  // ('Respondents were asked, "If the election were held today ...?"': a question put by nobody named; nobody speaks)
  if (ASKED_OF.test(tail)) return { phrase: '', cue: 'asked' };
  // ('Voss told the crowd, which responded with chants of "Sweep them out!"': the crowd chants)
  if (CHANT_BEFORE.test(tail)) return { phrase: [...frame.matchAll(CROWD)].pop()?.[0] ?? 'the crowd', cue: 'chanted' };
  // ('Crowds gathered outside the palace chanting "Ruelas! Ruelas!"': the crowd, when one is there)
  const crowd = CHANTING.test(tail) ? [...frame.matchAll(CROWD)].pop()?.[0] : undefined;
  if (crowd) return { phrase: crowd, cue: 'chanted' };
  // 'who had been described by one Krebs adviser as', 'a march which Tasha Whitlock described as': who described it
  if (!AS_END.test(tail)) return null;
  const by = DESCRIBED_BY.exec(tail);
  if (by) return { phrase: by[2]!.trim(), cue: by[1]! };
  const which = DESCRIBED_WHICH.exec(tail);
  if (which) return { phrase: which[1]!.trim(), cue: which[2]! };
  return null;
}

const HEARD = /\b(?:clip|video|recording|footage|tape|audio)\s+of\s+((?:\p{Lu}[\p{L}.'’-]*\s){1,4})(saying|telling|declaring|calling|describing|promising|vowing|warning)\b[^"“”]{0,120}$/u;
const SET_OFF_NAME = /^\s*(?:\p{Lu}[\p{L}.'’-]*\s?){2,4}$/u;
const QUOTED_AS = /\bquoted\s+((?:\p{Lu}[\p{L}.'’-]*\s?){1,4}|(?:an?|the|one)\s+[^,"“”]{2,50}?|(?:him|her|them))\s*(?:,([^"“”]{0,120}?),\s*)?\s+as\s+(?:saying|telling|calling|describing|adding|arguing|warning|writing)\b[^"“”]{0,160}$/u;
const READ_FROM = /\bread\s+(?:aloud\s+)?(?:from\s+)?(?:an?|the)\s+(\p{Lu}[\p{L}'’-]+)\s+(tweet|post|memo|letter|email|statement)\b[^"“”]{0,60}:\s*$/u;
const PUT_IT = /\bas\s+([^,"“”]{2,60}?)\s+put\s+it,?\s*$/;
const HANDLE = /\b(?:using|under|with|going by)\s+the\s+(?:handle|username|user name|screen name|pseudonym)\s+@?([\w.-]{2,30})\b[^"“”]{0,80}$/;
const ASKED_OF = /\b(?:was|were|been|being)\s+asked,?\s*:?\s*$/;
const CHANT_BEFORE = /\b(?:chants?|shouts|cries|chorus|roars?)\s+of\s+$/;
const CROWD = /\b(?:the\s+)?(?:crowds?|audiences?|supporters|protesters|demonstrators|fans|marchers|students|attendees|rallygoers)\b/gi;
const CHANTING = /\b(?:chanting|chanted|chant)\s+$/;
const AS_END = /\sas\s*$/;
const LABELLED = '(described|called|dubbed|labeled|labelled|branded|characterized|characterised|derided|hailed|termed)';
const DESCRIBED_BY = new RegExp(String.raw`\b${LABELLED}\s+by\s+([^,"“”]{2,60}?)\s+as\s*$`, 'u');
const DESCRIBED_WHICH = new RegExp(String.raw`\b(?:which|that|whom)\s+((?:\p{Lu}[\p{L}.'’-]*\s){1,4}|(?:an?|the|one)\s+[^,"“”]{2,40}?\s)(?:has\s+|had\s+|have\s+)?${LABELLED}\s+as\s*$`, 'u');

/** 'In his words, the project had become "..."' → he; "In Mr. Pryce's words at a rally, ..." → Mr. Pryce. */
export function inWordsForm(toks: Tok[]): Found | null {
  // ('she is, by her own account, "the Halvorsen who stayed."': her own account)
  const own = toks.length >= 4 && toks[toks.length - 1]!.w === ',' && /^(?:account|admission|description)$/.test(toks[toks.length - 2]!.lw) && toks[toks.length - 3]?.lw === 'own' && toks[toks.length - 5]?.lw === 'by';
  if (own && /^(?:his|her|their)$/.test(toks[toks.length - 4]!.lw)) { const p = toks[toks.length - 4]!.lw; return { phrase: p === 'his' ? 'he' : p === 'her' ? 'she' : 'they', cue: 'by own account' }; }
  const inWords = lastIndexWhere(toks, (t, k) => t.lw === 'in' && /^(?:his|her|their)$/.test(toks[k + 1]?.lw ?? '') && /^(?:words|view|opinion)$/.test(toks[k + 2]?.lw ?? ''));
  if (inWords >= 0 && !toks.slice(inWords + 3).some((t, k) => isVerb(toks, inWords + 3 + k))) {
    const p = toks[inWords + 1]!.lw;
    return { phrase: p === 'his' ? 'he' : p === 'her' ? 'she' : 'they', cue: `in ${p} ${toks[inWords + 2]!.lw}` };
  }
  const named = lastIndexWhere(toks, (t, k) => t.lw === 'in' && /^\p{Lu}/u.test(toks[k + 1]?.w ?? ''));
  if (named >= 0) {
    let e = named + 1;
    while (e < toks.length && !/['’]s$/.test(toks[e]!.w) && e - named < 5) e++;
    if (/^(?:words|view|telling|account|version)$/.test(toks[e + 1]?.lw ?? '') && !toks.slice(e + 2).some((t, k) => isVerb(toks, e + 2 + k))) {
      return { phrase: toks.slice(named + 1, e + 1).map((t) => t.w).join(' ').replace(/['’]s$/, ''), cue: `in ${toks[e + 1]!.lw}` };
    }
  }
  return null;
}

/**
 * The one another outlet quoted: 'The Ledger also quoted Gov. Teodoro Ruelas:' → Gov. Teodoro Ruelas;
 * '... quoted Oakhurst's running mate, Gov. Teodoro Ruelas, who struck a different tone:' → the name set off;
 * 'The Tribune-Star also quoted Philip Ngata as calling the dismissal' → Philip Ngata.
 * `v` is the governing verb found so far.
 */
export function quotedForm(toks: Tok[], v: number): Found | null {
  const quoting = lastIndexWhere(toks, (t) => /^(?:quoted|quoting|quotes|cited|citing)$/.test(t.w));
  if (quoting < 0) return null;
  const as = toks.findIndex((t, k) => k > quoting + 1 && t.lw === 'as' && /ing$/.test(toks[k + 1]?.lw ?? ''));
  if (as > 0 && as - quoting <= 6) return { phrase: toks.slice(quoting + 1, as).map((t) => t.w).join(' '), cue: toks[quoting]!.w };
  if (quoting >= v && toks[toks.length - 1]?.w === ':') {
    const who = toks.findIndex((t, k) => k > quoting && (t.lw === 'who' || t.lw === 'as'));
    const segments = toks.slice(quoting + 1, who > 0 ? who : -1).map((t) => t.w).join(' ').split(' , ').map((x) => x.replace(/\s*,$/, '').trim());
    const named = segments.reverse().find((x) => /^(?:\p{Lu}[\p{L}.'’-]*\s?){1,5}$/u.test(x));
    if (named) return { phrase: named, cue: toks[quoting]!.w };
  }
  return null;
}

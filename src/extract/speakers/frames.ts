import { AFTER_STOP, isAdverbOrAux, isSourceLink, isVerb, lastIndexWhere, NOT_SUBJECT_START, SUBJECT_STOP, tokenize, type Tok } from './tokens.ts';
import { laterAccordingTo } from './clauses.ts';
import { GAVE_NAME } from './patterns.ts';
import { isFirstName } from '../entities/first-names.ts';

/**
 * The speaker phrase in the words around a quote (the "frame"), before any resolution.
 *
 *   speakerAfter(', Ruiz, a former judge, said on Monday.')   → 'Ruiz'
 *   speakerAfter(' said Victor Cha, who served ...')         → 'Victor Cha'
 *   speakerBefore('In a statement, the ministry said: ')     → 'the ministry'
 *   speakerBefore('According to a company spokesperson, ')   → 'a company spokesperson'
 *
 * Frames are a sentence or less, so everything here is bounded by sentence length.
 */
export type Found = { phrase: string; cue: string };

/** Speaker of a quote from the words right after it: '," Ruiz said' or '," said Ruiz'. */
export function speakerAfter(frame: string): Found | null {
  // '"..." That was the assessment of Wendy Marr, a pollster.'
  const verdict = VERDICT_OF.exec(frame);
  if (verdict) return { phrase: verdict[1]!, cue: 'assessment' };
  const toks = tokenize(frame);
  let i = 0;
  while (toks[i]?.w === ',' || /^-+$/.test(toks[i]?.w ?? '')) i++; // '," – said the prosecutor' (wire copy)
  const per = toks[i]?.lw === 'per' ? 1 : 0; // '..., per the party's bylaws.'
  if (per || (toks[i]?.lw === 'according' && toks[i + 1]?.lw === 'to')) {
    const np: string[] = [];
    for (let j = i + 2 - per; j < toks.length && toks[j]!.w !== ',' && np.length < 8; j++) np.push(toks[j]!.w);
    return np.length ? { phrase: np.join(' ').replace(/\.$/, ''), cue: per ? 'per' : 'according to' } : null;
  }
  const limit = Math.min(toks.length, i + 24); // room for appositives: 'Pruitt, the attorney general, one of ..., said'
  // ('"...," Voss began, before she cut him off': verbs that attribute only right after a quotation and a name)
  let v = i;
  while (v < limit && !cueAt(toks, v, i) && toks[v]!.w !== ';' && toks[v]!.w !== ':') v++;
  if (v >= limit || !cueAt(toks, v, i)) return laterAccordingTo(frame);
  const cue = toks[v]!.w;
  // ('"the billionaire class" — blasted the deal': a verb that takes an object does not put its subject after it)
  if (v === i && TAKES_OBJECT.test(toks[v]!.lw) && !/^,$/.test(toks[i - 1]?.w ?? '')) return null;
  // ('," is saying the mayor, Dragan Petrović': machine-translated word order)
  if (v === i || toks.slice(i, v).every((t) => isAdverbOrAux(t) || (/ing$/.test(toks[v]!.lw) && /^(?:is|was|are)$/.test(t.lw)))) {
    const np: string[] = [];
    let j = v + 1;
    for (; j < toks.length && np.length < 8; j++) {
      const t = toks[j]!;
      if (t.w === ',' || t.w === ';' || t.w === ':' || t.w === '(' || AFTER_STOP.has(t.lw)) break;
      np.push(t.w);
    }
    // 'said the head of the council, Ruslan Abdurakhmanov': the name set off after the description
    const name: string[] = [];
    // ("said Omnia's director, Pavel Hristov", "said the office's spokeswoman in Halvania, Ines Carvalho")
    if (/^(?:in|at|from|of)$/.test(toks[j]?.lw ?? '') && /^\p{Lu}/u.test(toks[j + 1]?.w ?? '')) {
      let k = j + 1;
      while (k < toks.length && /^\p{Lu}/u.test(toks[k]!.w) && k - j < 4) k++;
      if (toks[k]?.w === ',') j = k;
    }
    if (toks[j]?.w === ',' && (/^\p{Ll}/u.test(np[0] ?? '') || /['’]s$/.test(np[0] ?? ''))) for (let k = j + 1; k < toks.length && /^\p{Lu}/u.test(toks[k]!.w) && name.length < 4; k++) name.push(toks[k]!.w);
    if ((name.length >= 2 || (name.length === 1 && isFirstName(name[0]!))) && [',', undefined].includes(toks[j + 1 + name.length]?.w)) return { phrase: name.join(' '), cue };
    // ('said a mother who gave her name as Jessica')
    const gave = GAVE_NAME.exec(frame);
    if (gave && np.length) return { phrase: gave[1]!, cue };
    return np.length ? { phrase: np.join(' ').replace(/\.$/, ''), cue } : null;
  }
  let subj = toks.slice(i, v);
  // ('"...," I don't believe her': a denial after a quotation attributes nothing)
  if (subj.slice(-2).some((t) => /n['’]t$/.test(t.lw) || t.lw === 'not')) return null;
  // ('the "rural surge" — much of it describing the same thing': a share of what was listed)
  if (/^(?:much|all|some|most|none|part|each|any)$/.test(subj[0]?.lw ?? '') && subj[1]?.lw === 'of' && /^(?:it|this|that)$/.test(subj[2]?.lw ?? '')) return null;
  // ('..., walking back remarks that drew fire': a participle clause has no subject of its own)
  if (/^\p{Ll}+ing$/u.test(subj[0]?.w ?? '') && subj[0]!.lw !== 'according') return null;
  while (subj.length > 1 && /^(?:then|later|also)$/.test(subj[0]!.lw)) subj = subj.slice(1); // ('Then he laughed.')
  // ('... "an open mind" even as she acknowledged': the pronoun after the conjunction)
  if (subj.length >= 2 && subj.length <= 3 && /^(?:he|she)$/.test(subj[subj.length - 1]!.lw) && subj.slice(0, -1).every((t) => /^(?:even|as|while)$/.test(t.lw))) subj = subj.slice(-1);
  while (subj.length && isAdverbOrAux(subj[subj.length - 1]!)) subj = subj.slice(0, -1);
  // ('..., a remark she later said she regretted': the pronoun inside the description speaks)
  if (subj.length >= 3 && /^(?:a|an|the)$/.test(subj[0]!.lw) && /^(?:he|she)$/.test(subj[subj.length - 1]!.lw)) subj = subj.slice(-1);
  // ', the head of the Civil Protection, Ruslan Abdurakhmanov, said': a name set off after a description speaks
  if (subj[subj.length - 1]?.w === ',' && (/^\p{Ll}/u.test(subj[0]?.w ?? '') || /['’]s$/.test(subj[0]?.w ?? ''))) { // ("FactRoll's editor, Yusuf Brannigan,")
    const inner = subj.slice(0, -1);
    const comma = lastIndexWhere(inner, (t) => t.w === ',');
    const name = inner.slice(comma + 1);
    if (comma > 0 && name.length >= 2 && name.length <= 4 && name.every((t) => /^\p{Lu}/u.test(t.w))) return { phrase: name.map((t) => t.w).join(' '), cue: toks[v]!.w };
  }
  // ', she said' after a fragment: the part after the last comma; 'Flynn, a surrogate, said': before the first
  const lastComma = lastIndexWhere(subj, (t) => t.w === ',');
  const firstComma = subj.findIndex((t) => t.w === ',' || t.w === '(');
  const named = firstComma > 0 && /^\p{Lu}/u.test(subj[0]!.w) && !NOT_SUBJECT_START.has(subj[0]!.lw);
  if (lastComma >= 0 && lastComma < subj.length - 1 && !named) subj = subj.slice(lastComma + 1);
  else if (firstComma >= 0) subj = subj.slice(0, firstComma);
  const demonstrative = subj.length === 2 && /^(?:that|this)$/.test(subj[0]!.lw) && /^\p{Ll}+$/u.test(subj[1]!.w); // ('," that official said')
  if (!subj.length || subj.length > 8 || (NOT_SUBJECT_START.has(subj[0]!.lw) && !demonstrative) || subj.some((t, k) => SUBJECT_STOP.has(t.lw) && !isSourceLink(subj, k) && !(demonstrative && k === 0))) return null;
  return { phrase: subj.map((t) => t.w).join(' '), cue };
}

export { openingSubject } from './opening.ts';
export { possessiveClaim } from './clauses.ts';
export { speakerBefore } from './before.ts';

/** A cue at k, or a verb that attributes only right after a quotation and a name at i ('Voss began'). */
const TAKES_OBJECT = /^(?:blasted|slammed|criticized|criticised|praised|accused|called|described|denied|urged|mocked|dismissed|labell?ed|dubbed|branded|attacked|condemned|denounced|blamed|touted|cited|compared|likened|questioned|lauded|hailed|scolded|ridiculed|characterized|characterised)$/;
const cueAt = (toks: Tok[], k: number, i: number) => isVerb(toks, k) || (k > i && k <= i + 3 && /^\p{Lu}/u.test(toks[i]!.w) && (AFTER_ONLY.has(toks[k]!.lw) || wentOn(toks, k)));
/** '"...," Voss went on.': going on speaking, not 'went on television'. */
const wentOn = (toks: Tok[], k: number) => /^(?:went|goes)$/.test(toks[k]!.lw) && toks[k + 1]?.lw === 'on' && (!toks[k + 2] || /^[,.;:]$/.test(toks[k + 2]!.w));
const AFTER_ONLY = new Set('began begins interrupted interrupts ventured offered laughed smiled shrugged chimed deadpanned scoffed snapped repeated'.split(' '));
const VERDICT_OF = /^\s*(?:That|This|Such)\s+(?:was|is)\s+(?:the|her|his|their)\s+(?:\w+\s+)?(?:assessment|view|verdict|message|warning|prediction|reaction|response|advice|take|conclusion|opinion|answer)\s+of\s+((?:\p{Lu}[\p{L}.'’-]*\s?){1,4}|(?:a|an|the)\s+[^,.;]{3,50})/u;

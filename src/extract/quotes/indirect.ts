import type { Sentence } from '../02-sentences.ts';
import { REPORTING_VERBS, STATE_NOUN } from '../lexicon.ts';

/**
 * Reported speech without quotation marks: the content of "X said (that) ...", "..., X said.",
 * "According to X, ..." and "..., according to X." (speakers are found by step 4 from the words around).
 *
 *   'Ruiz said the plan would fail.'               → 'the plan would fail'
 *   'The plan will fail, a ministry official said.' → 'The plan will fail'
 *   'According to the ministry, costs rose.'        → 'costs rose'
 *   'Ruiz said that "the plan" fails.' (firstQuote at the mark) → only words before the mark count
 */
export type Span = { start: number; end: number };

const CUES = new Set([...REPORTING_VERBS, ...(`shows showed show found finds believe believes thinks expects expected hopes hoped
  estimates estimated indicated insists learned wants want plans plan seems seemed appears fear fears feared worry worries worried
  know knows knew understand understood oppose opposes opposed support supports supported propose proposes proposed reject
  rejects rejected intends intend pointed citing cited attacked attacks vowed pledged urged acknowledged`).split(/\s+/)]);
/** Before a quotation only plain speech verbs count ('called it a "..."' is a partial quote, not reported speech). */
const SPEECH = new Set(('said says say told tells added adds noted argued argues wrote writes explained insisted warned claimed stated acknowledged ' +
  'tweeted posted announced declared suggested predicted promised vowed conceded admitted replied quipped boasted complained countered ' +
  'maintained contended asserted stressed emphasized emphasised reiterated recalled').split(' '));
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'.\-]*|,/gu;
const TRAILER = /(?:,\s+|\s+-\s+(?=according to))(?:(?:according to|said|says|told|added|noted|wrote|reported)\s+(?:\p{Lu}|an? |the |(?:one|two|three|several|some|many|other|another|his|her|their)\s)[^,]{0,40}|[^,]{0,30}\b(?:analysis|study|report|poll|survey|data|records|review|audit|investigation|research|figures|statistics|filings|documents)\b[^,]{0,50}?\s(?:shows|showed|found|finds)(?=[.!?]?$)|[^,]{2,60}?\s+(?:said|says|told \S+|added|noted|wrote|reported|say|argued|explained|warned|claimed|insisted|acknowledged|confirmed)(?:\s+(?:on|in|at|during|after|before|last|this|earlier|later|late|early|recently|yesterday|today|to|via|by|when|while|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^,]{0,40})?)(?:,\s+(?:citing|quoting|adding)\b[^,]{0,60})?[.!?]?$/u;
const MID_TRAILER = /,\s+(?:according to\b|said\s+(?:\p{Lu}|an? |the )|[^,]{2,50}?\s(?:said|says|told|added|noted|reported|wrote)\b)/u;
const CLAUSE_AFTER_VERB = /^,\s+(?:said|says|told|added|noted|wrote|reported)\s+(?:the|an?|\p{Lu}\S*)\s+[^,]*\b(?:is|was|were|are|would|will|had|has|have|could|should|must|can|\p{Ll}{3,}ed)\b/u;
/** 'A council source, who ...,' / "Solvik's spokesman, Arne Falk, later told": a subject and its appositive. */
const APPOSITIVE_OPENING = /^[^,]{1,40},\s+(?:who|whose|a|an|the\b|\p{Lu}[\p{L}.'\-]*(?:\s+\p{Lu}[\p{L}.'\-]*){0,3},)/u;
/** 'Asked whether he would resign, Velde said ...': the opening clause is the occasion, not what was said. */
const CIRCUMSTANCE = /^(?:(?:When |After being )?asked|Pressed|Speaking|Responding|Commenting|Addressing|Interviewed)\b/i;
const LEADING_ACCORDING = /^(?:according to [^,]{2,80}|in (?:his|her|their) (?:words|view|opinion)),\s*/i;

export function findIndirect(t: string, sentence: Sentence, firstQuote: number): Span | null {
  let s = sentence;
  // in a sentence with a quotation, only the words before it ('Ruiz said that "...')
  const end = Math.min(s.end, Math.max(s.start, firstQuote - 1));
  const text = t.slice(s.start, end);
  if (text.length < 15 || /[<=]/.test(text)) return null;
  if (end < s.end) s = { ...s, end };
  const cues = end < sentence.end ? SPEECH : CUES;
  const lead = LEADING_ACCORDING.exec(text);
  // 'According to the Beacon, Dale Hurst told donors that ...': the inner report is Hurst's, read below
  const nested = lead ? NESTED_REPORT.test(text.slice(lead[0].length)) : false;
  if (lead && !nested) return trim(t, s.start + lead[0].length, s.end);
  if (lead) return findIndirect(t, { ...sentence, start: s.start + lead[0].length }, firstQuote);
  const trailer = TRAILER.exec(text);
  // ('The mayor, speaking on Monday, said the plan was dead.' is no trailer: a clause follows the verb)
  // ('..., Kyle Brandvold, said the company "cooperated fully."': the words run on into the quotation, so no trailer)
  const runsOn = end < sentence.end && !/[,:]\s*$/.test(text);
  const flows = runsOn && /^,\s+(?:according to|said|says|told|added|noted|wrote|reported)\s/.test(trailer?.[0] ?? '');
  if (trailer && trailer.index > 15 && !CLAUSE_AFTER_VERB.test(trailer[0]) && !flows) return trim(t, s.start, s.start + trailer.index);
  // 'Costs will rise, according to a new study by ...' / 'Costs rose, said Ana Ruiz, a director at ...'
  const midTrailer = MID_TRAILER.exec(text);
  // ... unless the sentence opens 'A council source, who ..., said the ...' (subject, appositive, verb)
  // ... or 'In June, Ruiz said costs would rise sharply over the next five years' (the report follows the verb)
  const rest = midTrailer ? text.slice(midTrailer.index + midTrailer[0].length) : '';
  const reportFollows = midTrailer && !/according/.test(midTrailer[0])
    && (!/^[^,]{0,60}(?:,|$)/.test(rest) || /^\s+(?:that|he|she|they|we|I)\s/.test(rest) || /^[^,]{0,40}\b\p{Ll}{3,}ed\b/u.test(rest) || /^[^,]{0,30}\b(?:is|was|were|are|would|will|had|has|have|could|should|must|can)\b/.test(rest));
  // ('..., delivered a speech in which she said the accounts had "shaken me."': the report runs on into the quotation)
  const midFlows = runsOn && !rest.includes(',') && (/^,\s+said\s/.test(midTrailer?.[0] ?? '') || /\b(?:which|whom|that|where)\s+(?:he|she|they|I|we)\s+(?:said|says|told\s+\S+|wrote|added)$/.test(midTrailer?.[0] ?? ''));
  if (midTrailer && midTrailer.index > 20 && !reportFollows && !midFlows && !startsWithCue(text, cues) && !APPOSITIVE_OPENING.test(text) && !CIRCUMSTANCE.test(text)) {
    // ('..., but the air had become so bad, Mr. Ruiz noted, that ...': an attribution set off inside the report, which goes on;
    // not '..., she said, and the figures were ...', where a new clause begins)
    if (/^,\s+(?:that\s+)?(?!and |but |or )\p{Ll}/u.test(rest) && midTrailer[0].split(' ').length <= 7) {
      const clause = /^.*(?:,\s+(?:but|and|while|because|although)\s+|;\s+)/.exec(text.slice(0, midTrailer.index));
      return trim(t, s.start + (clause?.[0].length ?? 0), s.end);
    }
    return trim(t, s.start, s.start + midTrailer.index);
  }
  let count = 0;
  let prev = '';
  let prev2 = '';
  // 'In a Facebook message posted Friday, Cruz said ...': an opening phrase holds no report
  const opening = OPENING_PHRASE.exec(text)?.[0].length ?? 0;
  for (const m of text.matchAll(WORD)) {
    if (m.index < opening) continue;
    if (++count > 45) break;
    const last = prev, lastButOne = prev2;
    prev2 = prev;
    prev = m[0];
    const w = m[0].toLowerCase();
    // nouns count too: 'his claim that ...' reports a claim
    if (!cues.has(w) || /^\p{Lu}/u.test(m[0]) || w.startsWith('press')) continue; // ('pressed ahead with': a follow-up question only after a quote)
    const before = /^[\p{N}-]+\p{L}*$/u.test(last) || /^(?:new|latest|final|annual|internal|confidential|draft|full)$/.test(last) ? lastButOne : last; // ('The 96-page report by')
    // 'The report said ...', 'A report by the institute found ...': the noun is the subject of the verb that reports
    if (/^(?:the|a|an|his|her|its|their|this|that|new)$/i.test(before) && SUBJECT_NOUN_THEN_VERB.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60))) continue;
    // "The minister's reply was short", "the campaign's plans said": a noun that is the subject of what follows
    if ((/'s$/.test(before) || /^(?:the|a|an|his|her|its|their)$/i.test(before)) && /^\s+(?:was|is|were|are|has|had|will|said|says)\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    if (w === 'state' && /^(?:\d+|the|a|its|his|her|their)$/i.test(before)) continue; // 'the 1995 state tax return'
    if (w === 'state' && STATE_NOUN.test(/^\s+([a-z]+)/.exec(text.slice(m.index + 5, m.index + 30))?.[1] ?? '')) continue; // ('Heartland state chairman Boyd Carrick')
    let from = m.index + m[0].length;
    const rest = text.slice(from);
    // ('The hand-wringing says as much about the "experts" as ...': telling of something, not reporting)
    if (/^(?:say|said)/.test(w) && /^\s+(?:as much|a lot|little|nothing|more|less|something|everything|volumes)\s+(?:about|of)\b/.test(rest)) continue;
    // ('The crowd answered with a long chorus of boos': a reaction, nothing reported)
    if (/^(?:answer|respond|repl|react)/.test(w) && /^\s+with\b/.test(rest)) continue;
    // ('who asked not to be named', 'who requested anonymity': how someone spoke, not what they said)
    if (/^(?:ask|request)/.test(w) && /^\s+(?:not\s+to\s+be\s+(?:named|identified)|that\s+(?:her|his|their)\s+name|to\s+remain\s+anonymous|anonymity)/.test(rest)) continue;
    // "The campaign, which had been silent since she conceded, said it would ...": the main verb reports, not the clause's
    if (/^,\s+(?:\p{Ll}+ly\s+)?(?:said|says|told|added|wrote|argued|insisted|warned|announced)\b/u.test(rest)) continue;
    // ('A department spokesman, asked why the report was posted on a Monday, said ...': a cue inside a clause set off by commas)
    if (text.slice(0, m.index).includes(',') && /^[^,"“”]{0,60},\s+(?:\p{Ll}+ly\s+)?(?:said|says|told|added|wrote|argued|insisted|warned|announced)\b/u.test(rest)) continue;
    // skip "that", "reporters that", "The Post on Tuesday that"
    const that = /^\s+(?:[^,.]{0,90}?\s)?that\s/.exec(rest);
    const when = TIME_AFTER_CUE.exec(rest);
    if (that && (w.startsWith('told') || w.startsWith('tell') || that[0].length < 8 || ADVERBIAL.test(that[0]))) from += that[0].length;
    else if (when && !that) from += when[0].length; // 'Velde said on Monday the budget was balanced'
    else if (/^tol|^tel/.test(w)) {
      const obj = /^\s+(?:\p{Lu}[\p{L}.']*\s+){1,3}|^\s+(?:reporters|him|her|them|us|me|supporters|the \S+)\s+|^\s+\p{Ll}+s(?=,)/u.exec(rest);
      if (obj) from += obj[0].length;
    } else if (/^(?:ask|question|quiz)/.test(w)) {
      // 'asked Anita Fairweather whether she could ...': the question, not the one asked (whose name stays outside)
      const obj = /^\s+(?:(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}|(?:him|her|them|us|me|reporters)\s+)(?=(?:whether|if|how|why|what|when|where|who|about)\s)/u.exec(rest);
      if (obj) from += obj[0].length;
      const about = obj ? /^about\s+/.exec(text.slice(from)) : null; // ('asked Clinton about her email scandal': what was asked about)
      if (about) from += about[0].length;
    }
    if (s.end - (s.start + from) < 7 || /^[\s,]*according to\b/.test(t.slice(s.start + from, s.start + from + 20))) return null;
    // ('Blevins said from his porch on Coal Run Road.': where it was said, nothing reported)
    if (/^\s*(?:from|outside|inside|near|beside)\s/.test(t.slice(s.start + from, s.start + from + 10)) && !SHORT_CLAUSE.test(t.slice(s.start + from, s.end))) return null;
    // 'did not respond to a request for comment', 'responded less than an hour later': nothing reported
    if (NO_REPORT.test(t.slice(s.start + from, Math.min(s.end, s.start + from + 40)))) return null;
    if (/^(?:an|the|a)$/i.test(before) && /ed$/.test(w)) continue; // 'an estimated 41 million', 'the alleged plot'
    // 'officers were called to the house', 'called off the strike': summoned or cancelled, nothing said
    const next = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
    if (/^call(?:s|ed)?$/.test(w) && (/^\s+(?:in|off|out|up|back)\b/.test(next) || (/^\s+to\b/.test(next) && /^(?:was|were|been|be|being|is|are)$/i.test(before)))) continue;
    // 'my father called me the next morning': a telephone call
    if (/^call(?:s|ed)?$/.test(w) && PHONED.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
    // 'declined to comment for this story', 'had no comment'
    if (/^comment/.test(w) && /^(?:to|for|no)$/i.test(before)) return null;
    // 'Greer said in a statement: "..."': the quotation is what was said; the phrase before it is no report
    if (end < sentence.end && ONLY_CIRCUMSTANCE.test(t.slice(s.start + from, s.end))) return null;
    // ('Vail wrote to an associate identified only as "Person A": "..."': whom it was written to, then the words)
    if (end < sentence.end && /^\s*(?:to|in|on|at|from|during|via)\s/.test(t.slice(s.start + from, s.start + from + 8)) && /:\s*["“]/.test(t.slice(s.start + from, sentence.end))) return null;
    // a short report is a clause ('said it was over'), not an object ('praised his players')
    if (s.end - (s.start + from) < 14 && !SHORT_CLAUSE.test(t.slice(s.start + from, s.end))) return null;
    // "The Alliance, which called the protest, said 120,000 took part": the report is the main verb's, after the clause
    if (/,\s+(?:who|which)\s+(?:\p{Ll}+\s+)?$/u.test(text.slice(0, m.index)) && RELATIVE_THEN_SAID.test(text.slice(m.index + m[0].length))) continue;
    // 'Velde, who said that he would never resign, quit on Monday': the report ends with the relative clause
    if (/,\s+who\s+(?:\p{Ll}+\s+)?$/u.test(text.slice(0, m.index))) {
      const comma = t.indexOf(',', s.start + from);
      if (comma > 0 && comma < s.end) return trim(t, s.start + from, comma);
    }
    // ('One donor said Moss had told him on a call last week that the campaign was ...': the inner report is Moss's)
    // ('Ashby noted that the Northwoods Conservancy had called her vote "a betrayal"': the name given is the Conservancy's)
    const inner = INNER_REPORT.exec(t.slice(s.start + from, s.end));
    if (inner && s.end - (s.start + from + inner[0].length) >= 14) return trim(t, s.start + from + inner[0].length, s.end);
    const naming = end < sentence.end ? INNER_NAMING.exec(t.slice(s.start + from, s.end)) : null;
    if (naming) return trim(t, s.start + from + naming[0].length, s.end);
    return trim(t, s.start + from, s.end);
  }
  // any '... <verb>ed that <clause>' / 'is convinced that ...' reports a thought or a finding
  const that = cues === CUES ? THAT_CLAUSE.exec(text) : null;
  if (that && that.index < 200) return trim(t, s.start + that.index + that[0].length, s.end);
  return null;
}

/**
 * After a quotation: '"...," he said, adding he would never vote for her.' → 'he would never vote for her';
 * 'Cruz urged them to "vote" and said he was standing on principle.' → 'he was standing on principle'.
 */
const ADDING = /^["']?(?:(?:\s+|[^"]{0,80}?,\s+)(?:adding|noting|saying|arguing|insisting|explaining|citing|warning|stressing)|[^"]{0,80}?\b(?:and|but|though|while) (?:\p{Ll}+ )?(?:said|says|noted|added|argued|insisted|warned))(?:\s+that)?\s+(?=[^"]{15,}$)/u;

export function findAfterQuote(t: string, sentence: Sentence, lastQuoteEnd: number): Span | null {
  const from = lastQuoteEnd;
  const m = ADDING.exec(t.slice(from, sentence.end));
  return m ? trim(t, from + m[0].length, sentence.end) : null;
}

/** 'said on Monday that', 'said in a statement that', 'wrote on X that': what stands between the verb and 'that'. */
const SUBJECT_NOUN_THEN_VERB = /^\s+(?:(?:by|from|of)\s+(?:the\s+)?(?:[\p{L}'-]+\s+){1,4})?(?:said|says|found|finds|showed|shows|concluded|stated|warned|noted|claimed|added)\b/u;
const INNER_REPORT = /^\s*(?:\p{Lu}[\p{L}'’.-]+\s+){1,3}(?:had\s+|has\s+)?(?:told|said)\s+(?:(?:him|her|them|us|me|reporters|donors|aides|allies|supporters)\s+)?(?:[^,"“”]{0,50}?\s)?that\s+/u;
const INNER_NAMING = /^\s*(?:that\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]+\s+){1,4}(?:had\s+|has\s+)?(?:called|described|labell?ed|dubbed|branded)\s+/u;
const NESTED_REPORT = /^[^,]{0,80}?\b(?:said|says|told|tells|added|wrote|warned|claimed|insisted|argued|conceded|admitted|acknowledged|noted|explained|stated|suggested|predicted|confirmed|denied|complained|boasted|vowed|promised)\b/;
const OPENING_PHRASE = /^(?:In|On|At|During|Through|Via|After|Before|Asked|When asked|Pressed|Responding)\s[^,"]{3,80},\s+(?=\p{Lu}|(?:the|a|an|his|her|its|their|he|she|they|it|we)\s)/u;
const NO_REPORT = /^\s*(?:(?:as|while) (?:he|she|they|I|we) \w+(?: \w+)?(?=[.,]|$)|to (?:a |multiple |repeated |several )?(?:requests?|messages?|calls?|emails?|inquiries) (?:for|seeking) comment|for comment|to comment|to be interviewed|questions from|within (?:hours|minutes|days)|(?:less|more) than an? \w+ (?:later|after)|(?:shortly|soon|minutes|hours|days) (?:later|after(?:wards?)?)|later|immediately)\b/i;
const ONLY_CIRCUMSTANCE = /^\s*(?:(?:in|on|at|via|during|through|to|for|from|after|before|with|by)(?:\s+(?!that\b)[\p{L}\p{N}'’.-]+){1,5}|\p{Ll}+ly)?[,:]?\s*$/u;
const PHONED = /^\s+(?:me|him|her|them|us|(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}?)\s*(?:the next|the following|last|on|at|in|yesterday|this|that|late|early|every|back)\b/u;
const RELATIVE_THEN_SAID = /^[^,"]{1,60},\s+(?:\p{Ll}+\s+)?(?:said|says|told|added|warned|insisted|argued)\b/u;
const SHORT_CLAUSE = /\b(?:is|was|were|are|be|been|would|will|had|has|have|could|should|must|can|may|might|did|does|do|\p{Ll}{2,}ed|won't|isn't|wasn't)\b/u;
const ADVERBIAL = /^\s+(?:on|in|at|to|during|last|this|earlier|later|late|early|yesterday|today|via|through|after|before|while|when|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const TIME_AFTER_CUE = /^\s+(?:(?:on|early|late|last|this|earlier|later)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|last week|this week)(?:\s+(?:morning|afternoon|evening|night))?,?(?=\s+\S)/;

// ('The state attorney general is confirming that ...': a report in the progressive too)
const THAT_CLAUSE = /\b(?:\p{Ll}{3,}ed|(?:is|are|was|were)\s+\p{Ll}{3,}ing|afraid|convinced|confident|clear|sure|aware|likely|hopeful|means|mean|feel|feels|fear|fears|hope|hopes|insist|argue|suggest|warn|show|find)\s+that\s/u;

/** A cue among the first five words ('Ruiz said ...', 'The ministry on Monday announced ...'). */
function startsWithCue(text: string, cues: Set<string>): boolean {
  let n = 0;
  for (const m of text.matchAll(WORD)) {
    if (++n > 6) return false;
    if (cues.has(m[0].toLowerCase()) && !/^\p{Lu}/u.test(m[0])) return true;
  }
  return false;
}

function trim(t: string, start: number, end: number): Span | null {
  while (start < end && /[\s,:]/.test(t[start]!)) start++;
  while (end > start && /[\s.,;:!?]/.test(t[end - 1]!)) end--;
  return end - start >= 7 ? { start, end } : null;
}

/**
 * A headline that gives its source before a colon reports what follows:
 *   'Pence: Gennifer Flowers Won't Be at Debate' → 'Gennifer Flowers Won't Be at Debate'
 *   'Poll: Clinton and Trump in dead heat'        → 'Clinton and Trump in dead heat'
 * ('Breaking: ...', 'Watch: ...' and other rubrics are labels, not sources; "Ruiz: 'We will not yield'" is a direct quote.)
 */
const HEADLINE_SOURCE = /^(?:\p{Lu}(?:[\p{Ll}'’\-][\p{L}.'’\-]*|\.))(?:\s+\p{Lu}(?:[\p{Ll}'’\-][\p{L}.'’\-]*|\.)){0,2}:\s+(?=\p{Lu}|["“‘'])/u; // ('SORE LOSERS:' is a kicker)
/** ('Stealth Over Health: ...', 'The Latest: ...': a title's words, not a name) */
const NOT_A_SOURCE = /\b(?:The|A|An|Of|In|On|Over|For|And|To|With|At|By|From|Latest|More|New|Day|Week|Year|Breaking|Updated?s?|Watch|Live|Exclusive|Analysis|Opinion|Editorial|Video|Photos?|Review|Commentary|Column|Correction|Factbox|Explainer|Timeline|Q&A)\b/u;
export function findHeadlineReport(t: string, sentence: Sentence, firstQuote: number): Span | null {
  const text = t.slice(sentence.start, sentence.end);
  const m = HEADLINE_SOURCE.exec(text);
  if (!m || NOT_A_SOURCE.test(m[0]) || firstQuote <= sentence.start + m[0].length + 1 || text.length > 160 || !/^\s*(?:\n|$)/.test(t.slice(sentence.end, sentence.end + 3))) return null;
  return trim(t, sentence.start + m[0].length, sentence.end);
}

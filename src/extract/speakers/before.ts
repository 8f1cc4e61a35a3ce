import { ADVERB_OR_AUX, CLAUSE_STOP, isAdverbOrAux, DETERMINER, isSourceLink, isVerb, lastIndexWhere, SPEECH, tokenize, type Tok } from './tokens.ts';
import { IMPERATIVE, openingPhrase } from './opening.ts';
import { isFirstName } from '../entities/first-names.ts';
import { IN_DESCRIPTION, namedBefore, PLACED_BY, placedPerson, relativeHead } from './appositives.ts';
import { framedForm, inWordsForm, quotedForm } from './before-forms.ts';
import { LABEL } from './patterns.ts';
import { NOT_NAMES, ORG_WORDS } from '../lexicon.ts';
import { AGENCY_TAIL } from '../entities/joins.ts';
import type { Found } from './frames.ts';

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);

/** Speaker of a quote from the words before it: 'Ruiz said: ' / 'Ruiz called it a ' / 'According to Ruiz, '. */
export function speakerBefore(frame: string): Found | null {
  const framed = framedForm(frame);
  if (framed) return framed;
  // ('Mr. Threlkeld's book, "Anchored: Power After the Retreat," published last year, calls for': a title is no name)
  const plain = /["“]/.test(frame) ? frame.replace(QUOTED_TITLE, (m) => (/,["”]$/.test(m) ? ` ${TITLE}, ` : ` ${TITLE} `)) : frame;
  const found = beforeTokens(tokenize(plain.includes(' who ') ? plain.replace(ANONYMOUS, '') : plain), 0);
  return found && LABEL.test(found.phrase) ? null : found;
}

const QUOTED_TITLE = /["“][^"“”]{1,80}[,.]?["”]/g;
const TITLE = 'quotedtitle';
/** 'Officials who spoke on condition of anonymity said': the clause says how, not who. */
const ANONYMOUS = /,?\s+who\s+(?:spoke|asked|requested|declined|did not want|were not|was not|are not|is not)\b(?=[^,"“”]{0,120}?\b(?:anonymity|named|name|identified|publicly|record)\b)[^,"“”]{0,120},?/g;

function beforeTokens(toks: Tok[], depth: number): Found | null {
  const inWords = inWordsForm(toks);
  if (inWords) return inWords;
  const acc = lastIndexWhere(toks, (t, k) => t.lw === 'according' && toks[k + 1]?.lw === 'to');
  // a cue right before the quote governs ('Trump boasted, "..."'); else the last plain speech verb
  // ('Ryan said the protests demand "..."'); else the last cue
  const lastCue = lastIndexWhere(toks, (_, k) => isVerb(toks, k));
  let v = lastCue >= 0 && toks.length - lastCue <= 3 ? lastCue : lastIndexWhere(toks, (t) => SPEECH.has(t.lw) && !/^\p{Lu}/u.test(t.w));
  if (v < 0) v = lastCue;
  // ('Looking into the camera, he began:' before a quoted paragraph: beginning is speaking)
  if (v < 0 && toks[toks.length - 1]?.w === ':' && COLON_VERBS.has(toks[toks.length - 2]?.lw ?? '')) v = toks.length - 2;
  const quoted = quotedForm(toks, v);
  if (quoted) return quoted;
  // 'When a reporter asked her about that line, Marwick shrugged:' → the clause after the opening one
  const lastComma = lastIndexWhere(toks, (t) => t.w === ',');
  // (not 'after a rally in Oxley, Calloway:': a town and its region)
  const region = /^\p{Lu}/u.test(toks[lastComma - 1]?.w ?? '') && IN_DESCRIPTION.test(toks[lastComma - 2]?.lw ?? toks[lastComma - 3]?.lw ?? '');
  // (not 'tweeted from her account, @MegCalloway:': the account's handle, set off)
  const handle = /^(?:account|handle|feed|page|username)$/.test(toks[lastComma - 1]?.lw ?? '');
  if (v >= 0 && !region && !handle && toks[toks.length - 1]?.w === ':' && lastComma > v && toks.length - lastComma <= 6 && /^\p{Lu}/u.test(toks[lastComma + 1]?.w ?? '')) {
    const np = openingPhrase(toks.slice(lastComma + 1));
    if (np) return { phrase: np, cue: ':' };
  }
  // ('Garland replied, according to the Sentinel:': the outlet relays what the verb's subject said)
  // ('One contracting officer told investigators, according to the report,': whom it was told, then the relay)
  const relayed = acc > 0 && v >= 0 && toks[acc - 1]?.w === ',' && ((acc - v <= 3 && toks.slice(v + 1, acc - 1).every((t) => isAdverbOrAux(t) || /^(?:back|later|then)$/.test(t.lw)))
    || (/^(?:told|tells)$/.test(toks[v]!.lw) && acc - v <= 5 && toks.slice(v + 1, acc - 1).every((t) => /^[\p{L}.'’-]+$/u.test(t.w))));
  if (acc >= 0 && acc > v && !relayed) {
    const np: string[] = [];
    for (let j = acc + 2; j < toks.length && toks[j]!.w !== ',' && np.length < 8; j++) np.push(toks[j]!.w);
    return np.length ? { phrase: np.join(' '), cue: 'according to' } : null;
  }
  // 'she said, referencing the ...': the speaker is the subject of the earlier verb
  // 'Ruiz said, going on to say that ...': likewise for an infinitive
  // (not 'Pruett went on to describe voters as': going on to say is saying)
  const wentOn = toks[v - 1]?.lw === 'to' && toks[v - 2]?.lw === 'on' && /^(?:went|goes|go)$/.test(toks[v - 3]?.lw ?? '');
  const infinitive = toks[v - 1]?.lw === 'to' && !wentOn;
  if (v > 0 && (/ing$/.test(toks[v]!.lw) || infinitive)) {
    const earlier = lastIndexWhere(toks.slice(0, v), (_, k) => isVerb(toks, k));
    if (earlier >= 0 && v - earlier <= (infinitive ? 6 : 3)) v = earlier;
  }
  let cue = v >= 0 ? toks[v]!.w : ':';
  if (v < 0) {
    if (toks[toks.length - 1]?.w !== ':') return null;
    // 'Coach Emeka Barnaby was blunt:' → the opening noun phrase
    // ('A DIFFERENT READ — A senior Heartland Senate aide on Tuesday:': a newsletter's heading, then its source)
    // ('UPDATE 5:20 p.m.: Mara Quill weighed in on Twitter:': a label before an earlier colon, like a heading before a dash)
    const dash = lastIndexWhere(toks, (t, k) => /^-+$/.test(t.w) || (t.w === ':' && k < toks.length - 1 && k > 0 && !/^\d/.test(toks[k + 1]?.w ?? '')));
    const np = openingPhrase(toks.slice(dash + 1));
    return np ? { phrase: np, cue: ':' } : null;
  }
  if (cue !== ':' && toks.length - v > 40) return null;
  let j = v - 1;
  while (j >= 0 && isAdverbOrAux(toks[j]!)) j--;
  // ('My old foreman used to say,', 'he likes to tell people': a habit before the verb)
  if (wentOn) j -= 3; // ('Pruett went on to describe')
  else if (toks.length - v <= 3 && toks[j]?.lw === 'to' && /^(?:used|likes|liked|loves|loved|tends|tended|wants|wanted|has|had|have|went|came|got)$/.test(toks[j - 1]?.lw ?? '')) j -= 2;
  if (/ing$/.test(toks[v]!.lw) && /^(?:is|are|was|were|been)$/.test(toks[j]?.lw ?? '')) j--; // 'Ruiz is describing as', 'I have been telling'
  // 'Grale could be heard muttering'
  if (/ing$/.test(toks[v]!.lw) && /^(?:heard|seen|caught)$/.test(toks[j]?.lw ?? '')) while (j >= 0 && /^(?:heard|seen|caught|be|been|could|can|was|were|is|are)$/.test(toks[j]!.lw)) j--;
  // 'McConnell, now the majority leader, who in 2010 said': the name the relative clause hangs on
  // ('The Varnum campaign, which has warned of': 'which' too)
  // (only a subject 'which': 'which has warned', not 'which Mr. Okonjo has called')
  const who = lastIndexWhere(toks.slice(Math.max(0, j - 4), j + 1), (t, k) => t.lw === 'who' || (t.lw === 'which' && toks.slice(Math.max(0, j - 4) + k + 1, j + 1).every((x) => ADVERB_OR_AUX.has(x.lw))));
  // (not 'his wife, Corinne, who he says "kept me sane"': a pronoun after 'who' is the one speaking)
  if (who >= 0 && toks[Math.max(0, j - 4) + who - 1]?.w === ',' && !SUBJECT_PRONOUNS.has(toks[j]?.lw ?? '')) j = relativeHead(toks, Math.max(0, j - 4) + who - 2);
  // appositives: 'Flynn, a top Trump surrogate, said' / 'Ayrault, the minister, a veteran, said' / 'Ryan (R-Wis.) said'
  for (let n = 0; n < 3 && (toks[j]?.w === ',' || toks[j]?.w === ')'); n++) {
    let k = j - 1;
    while (k >= 0 && toks[k]!.w !== ',' && toks[k]!.w !== '(' && j - k < 16) k--;
    if (!(k > 0 && (toks[k]!.w === ',' || toks[k]!.w === '('))) return null;
    // 'the family lawyer, Tobi Renn, said': a name set off after a description is the speaker
    // ('Marchbanks' running mate, Rep. Owen Tarrant of North Wendell, said': the name without where they are from)
    const all = toks.slice(k + 1, j);
    // ('At their second debate, he returned to it again and again, calling ...': the clause's pronoun subject does it)
    if (/ing$/.test(cue) && toks[k]!.w === ',' && SUBJECT_PRONOUNS.has(all[0]?.lw ?? '') && all.length >= 3) return { phrase: all[0]!.w, cue };
    const of = all.findIndex((t, n) => n >= 2 && t.lw === 'of');
    let seg = of > 0 && all.slice(of + 1).every((t) => /^\p{Lu}/u.test(t.w)) ? all.slice(0, of) : all;
    // ("The study's author, economist Bernard Quist, said": a role word before the name)
    // ('one of them, retired welder Walt Ferrante, said': several)
    const lower = seg.findIndex((t) => !/^\p{Ll}+$/u.test(t.w));
    if (lower >= 1 && lower <= 3 && !seg.slice(0, lower).some((t, n) => ROLE_LINK.test(t.w) && !(n === 0 && DETERMINER.test(t.w))) && seg.length - lower >= 2 && seg.length - lower <= 4 && seg.slice(lower).every((t) => /^\p{Lu}/u.test(t.w))) seg = seg.slice(lower);
    // ('A spokesman for the PAC, Carl Eggers, said': the description may end in a name of its own)
    // ("Norlund's ambassador in Washington, Sigrid Holm, said": a description ending in a place)
    // ('His college roommate at Tillman State, Gabe Hollander,': a description ending in a place of two words too)
    let place = k - 1;
    while (place > 0 && /^\p{Lu}/u.test(toks[place]!.w) && k - place <= 3) place--;
    const described = /^\p{Ll}/u.test(toks[k - 1]!.w) || DETERMINER.test(toks[0]!.w) || (/['’]s$/.test(toks[0]!.w) && k <= 6) || (IN_DESCRIPTION.test(toks[place]?.lw ?? '') && /^\p{Ll}/u.test(toks[place - 1]?.w ?? ''));
    // ('A fifth-grader, Ava, said': a first name alone will do)
    const long = seg.length >= 2 || (seg.length === 1 && /^\p{Ll}/u.test(toks[k - 1]!.w) && isFirstName(seg[0]!.w));
    // (not 'Andrea Kline, a spokeswoman for Veltman's parent company, Ridgeback Holdings, said': a company set off, the
    // person before it)
    const setOff = toks[k]!.w === ',' && long && seg.length <= 7 && seg.every((t) => /^\p{Lu}/u.test(t.w)) && described;
    if (setOff && ORG_WORDS.has(seg[seg.length - 1]!.lw) && k > 2) { j = k; continue; }
    if (setOff) return { phrase: seg.map((t) => t.w).join(' '), cue };
    // ('The body, signed by Mara Quill, read:': the one who signed it)
    if (toks[k]!.w === ',' && /^(?:signed|written|sent|posted)$/.test(seg[0]?.lw ?? '') && seg[1]?.lw === 'by' && seg.length >= 4 && seg.slice(2).every((t) => /^\p{Lu}/u.test(t.w))) return { phrase: seg.slice(2).map((t) => t.w).join(' '), cue };
    // ('Several women agreed. One, a former production assistant, said': the description says which one)
    if (toks[k]!.w === ',' && k === 1 && /^(?:one|another)$/.test(toks[0]!.lw) && /^(?:a|an)$/.test(seg[0]?.lw ?? '') && seg.length <= 6 && seg.every((t) => /^\p{Ll}/u.test(t.w))) return { phrase: seg.map((t) => t.w).join(' '), cue };
    // ('Lacroix-Daumier, leader of the Vigil party, which hopes to win, wrote': a relative clause hangs on the
    // description before it, which is set off in turn)
    // (not 'After the segment, the host, who ..., told': the description must follow a name)
    const set = /^(?:which|who|whose)$/.test(toks[k + 1]?.lw ?? '') && /^\p{Ll}/u.test(toks[k - 1]?.w ?? '') ? lastIndexWhere(toks.slice(Math.max(0, k - 16), k), (t) => t.w === ',') + Math.max(0, k - 16) : -1;
    if (set > 0 && toks[set]?.w === ',' && /^\p{Lu}/u.test(toks[set - 1]!.w) && !NOT_NAMES.has(toks[set - 1]!.lw)) { j = k; continue; }
    j = k - 1;
    // ('Meanwhile, self-described socialist Sen. Elliot Rusk blasted the deal, calling': an adverb opening the sentence, then the clause)
    if (j === 0 && /^(?:Meanwhile|However|Still|Separately|Later|Earlier|Instead|Also|Indeed|Yet|Then|Now)$/.test(toks[0]!.w)) {
      const subject = openingPhrase(all);
      if (subject) return { phrase: subject, cue };
    }
    if (toks[j]?.w === TITLE && toks[j - 1]?.w === ',') j -= 2; // ('book, "Anchored," published last year,': a title set off too)
    if (/^\d{1,3}$/.test(toks[j]!.w) && toks[j - 1]?.w === ',') j -= 2; // 'Hanne Sorvik, 41, a teacher, said'
    if (/^\p{Lu}/u.test(toks[j]?.w ?? '') && !DETERMINER.test(toks[j]!.w)) {
      // ('speaking at a rally in Cedar Fork, Vessey,', 'president of the Alliance for Voting Rights, a plaintiff,': a name
      // inside a description goes with it; the speaker stands before the description)
      let r = j; // back over the whole name ('the Alliance for Voting Rights')
      while (r > 0 && (/^\p{Lu}/u.test(toks[r - 1]!.w) || (/^(?:of|for|and)$/.test(toks[r - 1]!.lw) && /^\p{Lu}/u.test(toks[r - 2]?.w ?? '')))) r--;
      // ('campaigning in Ashby, Tamarack, on Sunday,': a town and its region)
      while (toks[r - 1]?.w === ',' && /^\p{Lu}/u.test(toks[r - 2]?.w ?? '') && IN_DESCRIPTION.test(toks[r - 3]?.lw ?? '')) r -= 2;
      // (not 'Gov. Wade Pruett of Indiana,': a name's own place)
      const p = toks[r - 1]?.lw === 'the' ? r - 2 : r - 1;
      // ('Granger, on Beacon Radio, went further,': a place or outlet set off on its own)
      const inside = IN_DESCRIPTION.test(toks[p]?.lw ?? '') && (/^\p{Ll}/u.test(toks[p - 1]?.w ?? '') || (toks[p - 1]?.w === ',' && p >= 2));
      let c = r - 1;
      while (inside && c > 0 && toks[c]!.w !== ',') c--;
      if (inside && c > 0 && r - c <= 12) {
        j = c - 1;
        if (/^\d{1,3}$/.test(toks[j]!.w) && toks[j - 1]?.w === ',') j -= 2; // ('Linda Parrish, 63, a retired teacher in Okafor Springs,')
        continue;
      }
      // ('Brent Kowalski, a pollster whose firm, Keystone Strategies, has shown ...,': a name inside a relative clause)
      if (toks[r - 1]?.w === ',') {
        let o = r - 2;
        while (o > 0 && toks[o]!.w !== ',' && r - o < 12) o--;
        if (o > 0 && toks[o]!.w === ',' && toks.slice(o + 1, r - 1).some((t) => /^(?:whose|who|which)$/.test(t.lw))) { j = o - 1; continue; }
      }
      break;
    }
  }
  // 'Roberts said Friday that ... but said "...": the subject of the first verb
  if ((toks[j]?.lw === 'and' || toks[j]?.lw === 'but') && depth < 2) {
    // ('Later, as Mara Quill was talking, Walt Corrigan leaned into his microphone and muttered': the main clause's subject)
    const clause = lastIndexWhere(toks.slice(0, j), (t) => t.w === ',');
    // ('In footage posted by MNN, he shrugs and says:': past an opening prepositional phrase, too)
    const subordinate = clause >= 0 && (SUBORDINATOR.test(toks[0]?.lw ?? '') || toks.slice(0, clause).some((t) => /^(?:as|when|while)$/.test(t.lw)) || (PREPOSITION_OPENING.test(toks[0]?.lw ?? '') && clause <= 8));
    const main = !subordinate ? null : SUBJECT_PRONOUNS.has(toks[clause + 1]?.lw ?? '') ? toks[clause + 1]!.w : openingPhrase(toks.slice(clause + 1, j));
    if (main && (/^\p{Lu}/u.test(main) || /^(?:he|she|they)$/.test(main))) return { phrase: main, cue };
    const earlier = beforeTokens(toks.slice(0, j), depth + 1);
    if (earlier) return { phrase: earlier.phrase, cue };
    const opening = openingPhrase(toks.slice(0, j)); // 'The nominee outlined a plan and vowed ...'
    if (opening) return { phrase: opening, cue };
    // 'When it was over, she closed the laptop and said': the pronoun opening the main clause
    const comma = toks.findIndex((t) => t.w === ',');
    const first = toks[comma + 1];
    if (comma >= 0 && comma < j && first && SUBJECT_PRONOUNS.has(first.lw)) return { phrase: first.w, cue };
  }
  if (toks[j] && SUBJECT_PRONOUNS.has(toks[j]!.lw)) return { phrase: toks[j]!.w, cue }; // '... network RT he blasted'
  // 'A family friend who has known the couple for three decades said': the noun phrase the relative clause follows
  // ('One person who was on the bus that day, speaking on condition of anonymity, said': past the appositive too)
  const rel = lastIndexWhere(toks.slice(0, Math.min(v, j + 1)), (t) => t.lw === 'who');
  if (rel > 0 && toks[rel - 1]!.w !== ',' && !toks.slice(rel, Math.min(v, j + 1)).some((t) => t.w === ',' || t.w === ';')) {
    let from = rel - 1;
    while (from > 0 && toks[from - 1]!.w !== ',' && toks[from - 1]!.w !== ';' && rel - from < 6) from--;
    const np = toks.slice(from, rel);
    if (np.length && (DETERMINER.test(np[0]!.w) || (QUANTIFIER.test(np[0]!.w) && np.length >= 2)) && !np.some((t) => isVerb(toks, toks.indexOf(t)))) {
      // ('Senator Amos Threlkeld of Dunmore, a blunt-spoken former Army officer who once called': the one described)
      const name = from > 1 && toks[from - 1]!.w === ',' ? namedBefore(toks, from - 1) : null;
      return { phrase: name ?? np.map((t) => t.w).join(' '), cue };
    }
  }
  // 'Tanveer Qazmi on Monday said': the time between subject and verb
  if (toks[j] && TIME_WORD.test(toks[j]!.w) && /^(?:on|last|this|late|early)$/.test(toks[j - 1]?.lw ?? '') && j >= 3) j -= 2;
  const np: string[] = [];
  for (; j >= 0 && np.length < 7; j--) {
    const t = toks[j]!;
    if (t.w === ',' || t.w === ';' || t.w === ':' || t.w === '(' || t.w === ')' || t.w[0] === '-' || (CLAUSE_STOP.has(t.lw) && !isSourceLink(toks, j)) || isVerb(toks, j)) break;
    np.unshift(t.w);
  }
  // ('One supporter interviewed by the Ledger, a contractor in Ohio, said': the supporter)
  const by = np.findIndex((w, k) => k > 0 && /^(?:interviewed|reached|contacted|polled|surveyed|quoted)$/.test(w) && np[k + 1] === 'by');
  if (by > 0) np.splice(by);
  // ('U.S. Immigration and Customs Enforcement said': an agency's name goes on past 'and')
  if (toks[j]?.lw === 'and' && np.length && AGENCY_TAIL.test(np[np.length - 1]!) && /^\p{Lu}/u.test(toks[j - 1]?.w ?? '')) {
    np.unshift('and');
    for (j--; j >= 0 && /^\p{Lu}/u.test(toks[j]!.w) && np.length < 9; j--) np.unshift(toks[j]!.w);
  }
  // ('The former campaign manager for Gov. Evelyn Renfrow acknowledged': a long description keeps its article)
  if (np.length === 7 && j >= 0 && DETERMINER.test(toks[j]!.w) && (j === 0 || /^[,;:]$/.test(toks[j - 1]!.w)) && np.some((w, k) => isSourceLink(toks, j + 1 + k))) { np.unshift(toks[j]!.w); j--; }
  // 'A diner at the next table tells us', 'A man from Ohio told': a person placed by a phrase, not the place
  const placed = PLACED_BY.test(toks[j]?.lw ?? '') && np.length ? placedPerson(toks, j) : -1;
  if (placed >= 0) { np.unshift(...toks.slice(placed, j + 1).map((t) => t.w)); j = placed - 1; }
  while (np.length > 1 && /^\p{Ll}+ing$/u.test(np[0]!)) np.shift(); // '-- meddling the congressman said is ...'
  // ('Her office later released a one-line statement calling the session "productive."': the subject of the past verb)
  const past = /ing$/.test(cue) ? np.findIndex((w, k) => k > 0 && (/^\p{Ll}{3,}ed$/u.test(w) || /^(?:put|sent)$/.test(w))) : -1;
  if (past > 0) { np.splice(past); while (np.length > 1 && ADVERB_OR_AUX.has(np[np.length - 1]!.toLowerCase())) np.pop(); }
  // ('Felder sent a letter to the paper demanding that it "immediately remove"': the one who sent it, not the letter)
  // ('released a letter from her physician declaring her "fit to serve"': the one the letter is from)
  const from = /ing$/.test(cue) && DOC_NP.test(np.slice(0, 3).join(' ')) ? np.indexOf('from') : -1;
  if (from > 0 && from < np.length - 1) return { phrase: np.slice(from + 1).join(' '), cue };
  if (/ing$/.test(cue) && DOC_NP.test(np.slice(0, 3).join(' ')) && /^(?:sent|issued|released|wrote|posted|put|signed|filed|delivered|fired)$/.test(toks[j]?.lw ?? '') && depth < 2) {
    const sender = beforeTokens([...toks.slice(0, j), { w: 'said', lw: 'said' }], depth + 1);
    if (sender) return { phrase: sender.phrase, cue };
  }
  // ('he and another attorney general wrote': the one named first)
  if (np.length && toks[j]?.lw === 'and' && SUBJECT_PRONOUNS.has(toks[j - 1]?.lw ?? '') && !/^(?:and|but|,)$/.test(toks[j - 2]?.lw ?? 'x')) return { phrase: toks[j - 1]!.w, cue };
  if (np.length === 1 && j < 0 && IMPERATIVE.test(np[0]!)) return null; // ('Stop calling it "locker-room talk."': nobody)
  // 'In March the company said': the time before the subject is not part of it
  const when = np.findIndex((w, k) => k + 1 < np.length && TIME_WORD.test(w) && DETERMINER.test(np[k + 1]!));
  if (when >= 0) np.splice(0, when + 1);
  // 'The former first lady and senator said': two roles of one person opening the sentence
  if (np.length && toks[j]?.lw === 'and' && j <= 5 && /^(?:the|a|an)$/.test(toks[0]!.lw) && toks.slice(1, j).every((t) => /^[\p{L}.]+$/u.test(t.w) && !CLAUSE_STOP.has(t.lw))) {
    np.unshift(...toks.slice(0, j + 1).map((t) => t.w));
  }
  return np.length ? { phrase: np.join(' '), cue } : null;
}

/** ('a progressive from Port Alder' is a description ending in a place, not a role before a name) */
const ROLE_LINK = /^(?:a|an|the|from|of|in|at|for|with|to|by|on|near|and|or|who|whose)$/;
const DOC_NP = /^(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+)?(?:letter|statement|email|e-mail|memo|note|message|post|release|tweet|complaint|lawsuit|motion|filing)\b/i;
const QUANTIFIER = /^(?:two|three|four|five|six|seven|eight|nine|ten|several|some|many|few)$/i;
const PREPOSITION_OPENING = /^(?:in|on|at|from|during|after|before|with|inside|outside|behind|near)$/;
const SUBORDINATOR = /^(?:as|when|while|after|before|once|since|if|although|though)$/;
const COLON_VERBS = new Set('began begins started starts opened opens concluded concludes continued resumed went'.split(' '));
const TIME_WORD = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{4}|yesterday|today|week|month|year|morning|afternoon|evening|night|weekend|then|later|earlier)$/i;

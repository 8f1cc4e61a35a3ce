import type { Doc } from './01-normalize.ts';
import type { Sentence } from './02-sentences.ts';
import type { RawQuote } from './03-quotes.ts';
import type { EntityIndex } from './05-entities.ts';
import type { Entity, Quote } from './types.ts';
import { ROLE_NOUNS } from './lexicon.ts';
import { openingSubject, possessiveClaim, speakerAfter } from './speakers/frames.ts';
import { groupSubject, innerPronoun } from './speakers/clauses.ts';
import { resolveSpeaker } from './speakers/resolve.ts';
import { objectAntecedent, otherThanSubject, personsOutside } from './speakers/antecedents.ts';
import { salience } from './speakers/subjects.ts';
import { rolesOf } from './speakers/roles.ts';
import { FRAME, GAVE_NAME, IT_SUBJECT, LEADING_PRONOUN, NEARBY, TRANSCRIPT } from './speakers/patterns.ts';
import { FIRST_PERSON, writersOf } from './speakers/letters.ts';
import { addressee, answerer, askedOne, familiarGroup, lastDescribed, pairBefore, PAIR, repliedOne, ASKER, DESCRIBED, describedFor, introducedAsAsker, narrativeBlock } from './speakers/context.ts';
import { documentsOf } from './speakers/documents.ts';
import { CLAUSE_GOES_ON, endSentence, findHits, sentenceAt } from './speakers/hits.ts';
import { headlineRole, isHeadlinePara, namedAfter, namedLater, orgNamed } from './speakers/named.ts';

/**
 * Step 4 — attribute each quote to a speaker and map offsets back to the original text.
 *
 *   'Finance Minister Ana Ruiz spoke. "We will not yield," she said.' → speaker 'Ana Ruiz'
 *   '"We will," Ruiz said, "not yield."'  → both pieces 'Ana Ruiz' (pieces of one group share a speaker)
 *   'Ruiz continued:\n\n"We will not yield."' → 'Ana Ruiz' (a paragraph introduced by a colon)
 *   '"We are ready." ― Tom Bell' / '"RUIZ: We are ready."' → 'Tom Bell' / 'Ana Ruiz'
 *   '"Soon," the spokeswoman said.' after 'spokeswoman Ilka Brandt' → 'Ilka Brandt' (speakers/roles.ts)
 *   'Bell dismissed it as "a fantasy."' (no speech verb) → the sentence's subject, 'Tom Bell'
 *
 * Order (frames found by speakers/hits.ts): words right after the quote, then right before it, then a colon-ended paragraph before, then
 * "X's claim that ..." or the sentence subject, then for a bare quote sentence the previous sentence's
 * subject in its paragraph, then the previous speaker. Pronouns resolve to the latest subject or speaker of
 * the right gender (speakers/subjects.ts); "it" to the organisation in focus, "they" to a group
 * (speakers/clauses.ts); "I" and "we" stay unresolved. A bare pronoun is never output.
 *
 * Scare quotes and titles (kind 'term') are left out. Work per quote is bounded by its sentence.
 */
export function attributeSpeakers(doc: Doc, sentences: Sentence[], quotes: RawQuote[], entities: EntityIndex): Quote[] {
  const t = doc.text;
  const narrative = new Set(quotes.filter((q) => narrativeBlock(t, q)).map((q) => q.start));
  // a transcript paragraph ('"PENCE: Well, ...') is its own speaker's, even when it continues an open quote
  // the label is the speaker, not the words: '"PENCE: Well, look ...' → 'Well, look ...'
  const kept = quotes.filter((q) => q.kind !== 'term').map((q, k) => {
    const label = TRANSCRIPT.exec(q.text);
    if (label) return { ...q, start: q.start + label[0].length, text: q.text.slice(label[0].length), label: label[1]!, group: -1 - k };
    // a quoted passage of narrative is the quoting writer's, not part of the speech that follows it
    return q.label || narrative.has(q.start) ? { ...q, group: -1 - k } : q;
  });
  // names inside a quoted passage of third-person narrative ('Whitlock reports:⏎⏎"Marla thought it was outrageous.
  // She was anxious, sure.') are the people the next "she said" is about; names inside speech are not
  const speech = quotes.filter((q) => !narrative.has(q.start));
  const byRole = rolesOf(t, entities);
  const authorOf = documentsOf(t);
  // (a report opening its sentence, 'Pryor did not answer, according to the batch', keeps its subject)
  // letters pages and columns: who wrote the first person (signature lines stay out of view)
  const writer = writersOf(doc, sentences);
  const salient = salience(t, entities, sentences, speech.filter((q) => q.kind !== 'indirect' || q.start - (sentences[q.sentence]?.start ?? 0) > 2), byRole, writer.signatureStarts); // names in titles ("Face the Nation") are no subjects
  const people = personsOutside(entities, kept.filter((q) => !narrative.has(q.start)), salient.genderOf);
  const found = findHits(t, sentences, kept, entities);
  // ('Merritt Vollmer laughed. "Family fights," he said.': a name list calls Merritt a woman's name; the last
  // sentence's subject whose gender was only guessed still answers a pronoun nobody else can)
  const guessedSubject = (at: number) => {
    const prev = sentences[sentenceAt(sentences, at) - 1];
    const e = prev && salient.subjectOf(prev);
    return e && entities.genderGuessed(e) ? e : undefined;
  };
  const antecedent = (at: number) => (g: 'm' | 'f' | undefined) => salient.describedSince(at, g) ?? (salient.latest(at, g) ?? people.before(at, g) ?? guessedSubject(at))?.name ?? null;
  // ('his office said' after a report naming him: the owner may be named inside the report)
  const owner = (at: number) => (g: 'm' | 'f' | undefined) => antecedent(at)(g) ?? entities.lastPersonBefore(at, g)?.name ?? null;
  const speakerOf = new Map<number, string | null>();
  let lastSpeaker: { name: string; para: number; end: number } | null = null;
  let described: { name: string; para: number; at: number } | null = null;
  let question: { name: string; at: number; para: number } | null = null;
  let introducedAs: { noun: string; name: string; para: number } | null = null;
  let addressed: { name: string; other: string; para: number } | null = null;
  let lastAsked: { name: string; para: number } | null = null; // the last question put by a named speaker
  const recent: { name: string; para: number }[] = []; // speakers, newest first
  const out: Quote[] = [];
  // (where the first paragraph ends, when another follows: a headline's quote may name its speaker only by role)
  const paraEnd = sentences.find((x) => x.para === 1) ? Math.max(...sentences.filter((x) => x.para === 0).map((x) => x.end)) : 0;
  for (const q of kept) {
    if (!speakerOf.has(q.group)) {
      const hit = found.get(q.group);
      const s = sentences[q.sentence];
      const para = s?.para ?? 0;
      let name: string | null = null;
      let settled = false;
      // ('Grale could be heard muttering, "..."': a name right before the cue speaks for itself)
      // (not 'a letter from her physician declaring her "fit"': someone's own person speaks)
      if (hit && /ing$/.test(hit.f.cue) && sentences[hit.sentence] && entities.resolve(hit.f.phrase)?.type !== 'person' && !/^(?:his|her|their)\s+(?:[\p{Ll}-]+\s+)?\p{Ll}+(?:ian|ist|or|er|ant|ent)$/u.test(hit.f.phrase)) {
        // 'Trump unleashed tweets Friday saying ...': the subject of the sentence speaks
        const hs = sentences[hit.sentence]!;
        name = salient.subjectOf(hs)?.name ?? (LEADING_PRONOUN.test(t.slice(hs.start, hs.start + 4)) ? antecedent(hs.start)(t[hs.start] === 'S' ? 'f' : 'm') : null);
        // 'In August, several environmental groups granted Mr. Clarke an extension, saying ...': a described subject
        if (!name) { const opening = openingSubject(t.slice(hs.start, Math.min(q.start, hs.start + FRAME))); if (opening && /^\p{Ll}/u.test(opening)) name = opening; }
        // 'Meanwhile, it attacked Trump, saying ...': the organisation in focus, or nobody
        if (!name && IT_SUBJECT.test(t.slice(hs.start, hs.start + 40))) { name = salient.latestOrg(hs.start)?.name ?? null; settled = true; }
      }
      // 'One county chairwoman ... said turnout had been "a mess."⏎⏎"We started late," she said.': the pronoun
      // stands for the unnamed speaker just quoted when nobody of that kind was named since
      if (!name && hit && !settled && described && para - described.para <= 1) name = describedFor(hit.f.phrase, described, hit.at, entities, salient);
      // 'A Democratic operative, who requested anonymity, said ...⏎⏎"...," the operative said.': the same unnamed speaker
      const noun: string | undefined = hit && !name && described && para - described.para <= 2 ? /^the (\p{Ll}+)$/iu.exec(hit.f.phrase)?.[1] : undefined;
      if (noun && new RegExp(`\\b${noun}$`, 'i').test(described!.name.split(/\s(?:in|of|at|for|from|with|who|close|familiar|briefed|involved|told)\s/)[0]!)) name = described!.name;
      // ('One caller, who identified himself as Ray, said ... "...," the caller said.': the one who gave that name)
      const as = introducedAs as { noun: string; name: string; para: number } | null;
      if (hit && !name && as && para - as.para <= 2 && hit.f.phrase.trim().toLowerCase() === `the ${as.noun}`) name = as.name;
      // ('... a notion a second Heartland official greeted with a laugh. "Sure it was," that official said.': the last one described so)
      // ('One of them said ... "It's active," that person said.': else the unnamed speaker just quoted)
      if (hit && !name && /^(?:that|this) \p{Ll}+$/iu.test(hit.f.phrase)) name = lastDescribed(t, hit.f.phrase.split(' ')[1]!, hit.at) ?? (described && para - described.para <= 1 ? described.name : null);
      // ('Marvin and Ellen Castellane gave $50,000 ... "...," the couple said.': the two named together)
      if (hit && !name && PAIR.test(hit.f.phrase.trim())) name = pairBefore(t, hit.at, entities) ?? lastTwo(recent, para);
      // ('Yolanda, 45, and her husband, Pete, 47, wrote in together:': the two)
      if (hit && !name && /\btogether\b/.test(t.slice(sentences[hit.sentence]?.start ?? hit.at, q.start))) name = pairBefore(t, q.start, entities, q.start - (sentences[hit.sentence]?.start ?? q.start));
      // ('Ken and Linda Osei had waited three hours. "...," they said.': the two just named)
      if (hit && !name && /^they$/i.test(hit.f.phrase.trim())) name = pairBefore(t, hit.at, entities, hit.at - (sentences[Math.max(0, hit.sentence - 1)]?.start ?? hit.at));
      // (namesakes are told apart by the mention written at the attribution)
      const local = hit ? { ...entities, resolve: (n: string) => entities.resolve(n, hit.at) } : entities;
      const pronoun = hit && /^(?:he|she)$/i.test(hit.f.phrase) ? (hit.f.phrase.toLowerCase() === 'she' ? 'f' : 'm') : null;
      // ('Her sister, who asked not to be named, confirmed the call. "...," the sister said.': the one described so)
      // (a relative, whom the epithet rule would otherwise give to the last person named)
      // ('A Frontier strategist who asked not to be named ... was less generous. "...," the strategist said.')
      const theNoun: string | undefined = !name && hit ? /^the (\p{Ll}+)$/iu.exec(hit.f.phrase.trim())?.[1] : undefined;
      if (theNoun) {
        const d = salient.describedSince(hit!.at, 'f') ?? salient.describedSince(hit!.at, 'm') ?? salient.describedSince(hit!.at, undefined);
        if (d && new RegExp(`\\b${theNoun}\\b`).test(d) && !/^another\s/.test(d)) name = d;
      }
      // ('Several lobbyists did leave. One of them, who spoke on condition of anonymity, said': one of the lobbyists)
      const ofThem: RegExpExecArray | null = !name && hit ? /^(one|two|another|some) of them$/i.exec(hit.f.phrase.trim()) : null;
      if (ofThem) {
        const group = groupSubject(t, sentences, hit!.sentence - 1, entities);
        const head = group?.split(' ').pop();
        // ('Two people familiar with the investigation said ... One of them said': one of the people familiar with it)
        const familiar = familiarGroup(t, hit!.at);
        if (familiar) name = `${ofThem[1]!.toLowerCase()} of the ${familiar}`;
        else if (head && /^\p{Ll}+s$/u.test(head) && (ROLE_NOUNS.has(head) || /(?:ists|ers|ors|ants|ents|ians)$/.test(head))) name = `${ofThem[1]!.toLowerCase()} of the ${head}`;
      }
      // ('I told her, "No, honey."' in a letter signed 'Renata Guzmán-Kell; Fairhope, Ala.': the writer)
      // (or the column's byline: 'By Cassandra Mott-Eberly')
      if (!name && hit && q.kind !== 'indirect' && FIRST_PERSON.test(hit.f.phrase.trim())) name = writer.after(q.end);
      // ('She was referring to remarks Mr. Kittredge made, when he called labor "a racket"': the subject cannot be "he", so
      // the man named before it in the sentence is)
      if (!name && hit && pronoun) name = otherThanSubject(t, sentences[hit.sentence], hit.at, pronoun, entities, salient) ?? objectAntecedent(t, sentences, hit.sentence, pronoun, entities, salient);
      if (!name && hit && !settled) name = resolveSpeaker(authorOf(hit.f.phrase, hit.f.cue, q.start) ?? hit.f.phrase, local, antecedent(hit.at), (role) => byRole(role, hit.at)?.name, (pronoun) => (pronoun === 'they' ? groupSubject(t, sentences, hit.sentence, entities, q.start) : null) ?? salient.latestOrg(hit.at)?.name ?? null, owner(Math.max(hit.at, q.end)), (g) => salient.latest(hit.at, g, NEARBY)?.name ?? null, (noun) => orgNamed(entities, noun, hit.at));
      // ('The 15 members "strongly condemned" the launch and called it a "grave violation"': the same report goes on)
      const prior = lastSpeaker as { name: string; para: number; end: number } | null;
      if (!name && !hit && s && prior && prior.end >= s.start && prior.end < q.start && q.start - prior.end < 200 && CLAUSE_GOES_ON.test(t.slice(prior.end, q.start - 1))) name = prior.name;
      if (!name && !hit && s && (q.kind === 'partial' || q.start > s.start + 2)) {
        // a quote inside a sentence with no cue: the sentence's subject speaks ('Gingrich dismissed X as "...")
        const frame = t.slice(Math.max(s.start, q.start - FRAME), Math.max(s.start, q.start - 1));
        const claimant = possessiveClaim(frame);
        if (claimant) name = resolveSpeaker(claimant, entities, antecedent(s.start));
        // 'Christie called her a disgrace after she attacked the police and blamed shootings on "bias"': the inner subject
        // (only when the sentence's subject cannot be that pronoun: 'Ruiz, who ran since he was 20, called it "..."')
        const inner = claimant ? null : innerPronoun(frame);
        const subject = salient.subjectOf(s);
        if (inner && subject && salient.genderOf(subject) && salient.genderOf(subject) !== inner) name = antecedent(s.start)(inner);
        name ??= salient.subjectOf(s)?.name ?? (LEADING_PRONOUN.test(t.slice(s.start, s.start + 4)) ? antecedent(s.start)(t[s.start] === 'S' ? 'f' : 'm') : null);
        const opening = name ? null : openingSubject(t.slice(s.start, Math.min(q.start, s.start + FRAME)));
        if (opening) name = resolveSpeaker(opening, entities, antecedent(s.start));
      }
      // ('"Mr. Brady, were you aware of that finding?"⏎⏎"I was, sir."': the one the question was put to answers)
      // (and the exchange goes on turn by turn while the quotes stand alone in their paragraphs)
      const open = addressed as { name: string; other: string; para: number } | null; // (assigned further down the loop)
      const turn: typeof open = !name && !hit && open && para - open.para === 1 && q.kind === 'direct' ? open : null;
      if (turn) name = turn.name;
      // ('"Why the delay?" Morrow asked. ⏎ "It's fair," Caldicott said. ⏎ "So you don't regret it?"': the asker follows up, and
      // the one who answered answers again)
      const was = lastAsked as { name: string; para: number } | null, then = lastSpeaker as { name: string; para: number } | null;
      const followUp: { name: string; other: string; para: number } | null = !name && !hit && q.kind === 'direct' && QUESTION_END.test(q.text) && was && then
        && then.name !== was.name && then.para === para - 1 && was.para === para - 2 ? { name: was.name, other: then.name, para } : null;
      if (followUp) name = followUp.name;
      if (!name && !hit && q.kind === 'direct' && s && q.start <= s.start + 2) {
        // 'Sanders, on TV, identified fatigue as a reason. "Young people are tired."': the previous sentence's subject
        // ('Lene Aastrup addressed the council.⏎⏎"We are paying for that now."': a quote paragraph of its own, too)
        const ps = sentences[q.sentence - 1];
        const own = ps && ps.para === para - 1 && /^\s*$/.test(t.slice(q.end + 1, sentences[endSentence(sentences, q)]?.end ?? q.end).replace(/^["'”’]/, ''));
        // ('"A ditch," the younger Pruitt said. "You walk out here ..."': the previous sentence's own quote goes on)
        const last = lastSpeaker as { name: string; para: number; end: number } | null;
        const goesOn: boolean = !!ps && !!last && last.para === para && last.end > ps.start && last.end <= ps.end && ps.end - last.end < 90 && !!speakerAfter(t.slice(last.end + 1, ps.end));
        // ('Sen. Lena Varga went further. Read the full statement below:⏎⏎"..."': past an imperative lead-in)
        const lead = ps && LEAD_IN.test(t.slice(ps.start, ps.end)) ? sentences[q.sentence - 2] : undefined;
        const subject: Entity | undefined = ps && (ps.para === para || own) && !goesOn ? salient.subjectOf(ps) ?? (lead && lead.para === ps.para ? salient.subjectOf(lead) : undefined) : undefined;
        if (subject?.type === 'person') name = subject.name;
        else if (goesOn) name = last!.name;
      }
      if (!name && !hit && lastSpeaker && para - lastSpeaker.para <= 1 && q.kind === 'direct') name = lastSpeaker.name;
      if (pronoun) name = answerer(name, question, para, salient, pronoun);
      // ('Maya Tran asked Shawna Pike how ...⏎"Polls are a snapshot," she said.': the one asked answers)
      const asked = pronoun && hit && !/\?["'”’]?\s*$/.test(q.text) ? sentences[Math.min(q.sentence, hit.sentence) - 1] : undefined;
      if (asked && para - asked.para <= 1 && hit!.at - asked.end < 400) {
        // ('Tessa Garland sent Maribel Quon a draft.⏎"Too cute by half," she replied.': the one sent it replies)
        const replied = /^(?:replied|replies|responded|responds|answered|wrote back)/.test(hit!.f.cue) ? repliedOne(t.slice(asked.start, asked.end), entities, salient, pronoun!) : null;
        name = replied ?? askedOne(t.slice(asked.start, asked.end), entities, salient, pronoun!) ?? name;
      }
      // (a reporter's or moderator's question: the next "he"/"she" answers it)
      const asker = name && hit && /\?["'”’]?\s*$/.test(q.text) && (ASKER.test(t.slice(sentences[hit.sentence]?.start ?? hit.at, q.start)) || introducedAsAsker(t, entities, name));
      question = asker ? { name: name!, at: sentences[hit!.sentence]?.start ?? hit!.at, para } : null;
      const to = /\?["'”’]?\s*$/.test(q.text) ? addressee(q.text, entities) : null;
      // ('"Did he apologize?" Tunney asked.⏎⏎"He doesn't need to."': a question put with "asked" to whoever spoke last)
      const other = !to && name && hit && /^ask/.test(hit.f.cue) && /\?["'”’]?\s*$/.test(q.text) ? recent.find((r) => r.name !== name && para - r.para <= 3 && !/^(?:an?|the|one)\s/i.test(r.name)) : undefined;
      addressed = to && name && to !== name ? { name: to, other: name, para } : other ? { name: other.name, other: name!, para } : turn ? { name: turn.other, other: turn.name, para } : followUp ? { name: followUp.other, other: followUp.name, para } : null;
      // '"…," said a woman in a red cap. Her name was Dolores Finch.': named right after
      if (name && /^(?:an?|one|someone)\b/i.test(name)) name = namedAfter(t, sentences[endSentence(sentences, q)]) ?? name;
      // ('A man who identified himself only as Ray told', 'One caller, who identified herself as Darlene, said': the name given)
      const gave: string | undefined = name && hit && /^(?:an?|one)\s/i.test(name) && name === hit.f.phrase ? GAVE_NAME.exec(t.slice(hit.at, Math.min(t.length, hit.at + 160)))?.[1] : undefined;
      if (gave) { introducedAs = { noun: name!.split(' ').pop()!.toLowerCase(), name: gave, para }; name = gave; }
      // ('Morvan shook his head. "...," the former finance minister said.': a role nobody was introduced with, for the
      // person the last sentence was about (not a spokesman or an aide, who speak for someone else)
      if (hit && name && ELEGANT.test(name) && name.toLowerCase() === hit.f.phrase.trim().toLowerCase()) {
        const hs = sentences[hit.sentence];
        const ps = sentences[hit.sentence - 1];
        // (the sentence before, in the same paragraph)
        const before = ps && hs && ps.para === hs.para ? ps : undefined;
        const subject = (hs && hs.start + 2 < q.start ? salient.subjectOf(hs) : undefined) ?? (before ? salient.subjectOf(before) : undefined);
        const g = /(?:woman|ess)$/.test(name) ? 'f' : /man$/.test(name) ? 'm' : undefined;
        if (subject?.type === 'person' && (!g || !salient.genderOf(subject) || salient.genderOf(subject) === g)) name = subject.name;
      }
      // ('Sen. Hale ... Sen. Ruiz spoke. ⏎ Hale said he expected hearings. "We will do our job," the senator said.': of two
      // senators, the one the sentence before was about)
      const roleWord = hit && name ? /^the (\p{Ll}+(?: \p{Ll}+)?)$/iu.exec(hit.f.phrase.trim())?.[1] : undefined;
      if (roleWord && hit) {
        const hs = sentences[hit.sentence];
        const ps = sentences[hit.sentence - 1];
        const subject = (hs && hs.start + 2 < Math.min(q.start, hit.at) ? salient.subjectOf(hs) : undefined) ?? (ps && hs && para - ps.para <= 1 ? salient.subjectOf(ps) : undefined);
        if (subject?.type === 'person' && subject.name !== name && byRole.holds(roleWord, subject, hit.at) && entities.resolve(name!)?.type === 'person') name = subject.name;
      }
      // ('Calloway "will have an answer," according to two of the people, "and she'll have footnotes."': a relay between
      // two pieces leaves the first piece's speaker)
      if (hit?.f.cue === 'according to' && prior && q.start - prior.end < 120 && /^\p{Ll}/u.test(q.text) && RELAY_BETWEEN.test(t.slice(prior.end, q.start))) name = prior.name;
      // ('A federal judge on Thursday blocked the law, ruling that ...' then 'Judge Theodora Blaine wrote': named later)
      if (name) name = namedLater(name, byRole, q.start, Math.min(t.length, q.end + 3000)) ?? name;
      // ("'We will not be bullied': Mayor vows ..." over 'Mayor Dana Orrin said ...': the body names the headline's role)
      if (hit && para === 0 && paraEnd > 0 && isHeadlinePara(t, paraEnd)) name = headlineRole(hit.f.phrase, byRole, Math.min(t.length, q.end + 3000)) ?? name;
      speakerOf.set(q.group, name);
      if (name && QUESTION_END.test(q.text)) lastAsked = { name, para };
      if (name && found.get(q.group)?.f.cue !== 'chanted') { // (a crowd's chant does not interrupt the speech around it)
        lastSpeaker = { name, para, end: q.end };
        if (recent[0]?.name !== name) recent.unshift({ name, para });
        const e = entities.resolve(name);
        described = DESCRIBED.test(name) && !e ? { name, para, at: q.start } : null;
        if (e) salient.add(q.start, e);
      }
    }
    const start = doc.orig(q.start);
    const end = doc.orig(q.end);
    const cue = found.get(q.group)?.f.cue;
    out.push({ text: doc.original.slice(start, end), speaker: speakerOf.get(q.group) ?? null, kind: q.kind, start, end, ...(cue ? { cue } : {}) });
  }
  return out;
}

const RELAY_BETWEEN = /^["”’']?,?["”’']?\s*according to [^"“”.;]{2,80},\s*["“']?$/;
const LEAD_IN = /^(?:Read|Watch|See|Listen to|Here is|Here's|Below is)\b[^.]{0,60}(?:below|here|it|statement|video|clip|remarks)?\s*[:.]$/;
const ELEGANT = /^the (?:(?:former|outgoing|incoming|embattled|longtime|veteran|defeated|victorious) )?(?:[a-z-]+ ){0,2}(?:minister|secretary|senator|governor|mayor|chancellor|premier|congressman|congresswoman|chairman|chairwoman|nominee|candidate|incumbent|challenger|judge|general|commander|coach|founder|billionaire|businessman|businesswoman|tycoon|mogul|lawmaker|legislator|councillor|councilman|councilwoman|ambassador|diplomat|activist|economist|historian|author|novelist|singer|actor|actress|captain|striker|champion|director|clerk|treasurer|sheriff|prosecutor|commissioner|boxer|fighter|frontman|frontwoman|guitarist|drummer|rapper|playwright|filmmaker)$/i;

/** '"Baseball's baseball," Farrow said. "...," Delahunt said. "...," the two men said.': the last two who spoke, lately. */
function lastTwo(recent: readonly { name: string; para: number }[], para: number): string | null {
  const [b, a] = recent;
  const named = (x: string) => !/^(?:an?|the|one)\s/i.test(x);
  return a && b && para - a.para <= 2 && named(a.name) && named(b.name) ? `${a.name} and ${b.name}` : null;
}
const QUESTION_END = /\?["'”’]?\s*$/;

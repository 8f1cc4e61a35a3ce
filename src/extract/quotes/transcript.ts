import type { Sentence } from '../02-sentences.ts';
import type { RawQuote } from '../03-quotes.ts';

/** 'AASTRUP: We expect the port to reopen.' — an unquoted transcript line is its speaker's direct quote. */
const TRANSCRIPT_LINE = /^[ \t]*([A-Z][A-Z.'\-]*(?: [A-Z][A-Z.'\-]+){0,2}):[ \t]+([^"\n][^\n]{5,})/gm;
const ANSWER_LINE = /^[ \t]*(A\.|Answer:|ANSWER:)[ \t]+([^"\n][^\n]{1,})/gm;
const NOT_SPEAKERS = /^(?:UPDATE|UPDATED|NOTE|WATCH|BREAKING|EXCLUSIVE|READ|RELATED|PHOTO|VIDEO|LIVE|ANALYSIS|OPINION|EDITOR|CORRECTION|WARNING|ALERT|Q|A|NB|PS|FILE|TIMELINE|BACKGROUND|FACTBOX|WHAT|WHY|HOW|WHEN|WHERE|WHO|CLAIM|FACTS|THE FACTS|FACT|FACT FOCUS|FACT CHECK|VERDICT|RATING|CONTEXT|BOTTOM LINE|THE CLAIM|THE VERDICT|SUMMARY|KEY POINTS|UPDATE|REPORT|POLL|SCOOP|SPOTTED|OVERHEARD|BIRTHDAYS?|HAPPENING TODAY|TODAY|TOMORROW|TONIGHT|THIS WEEK|QUOTE OF THE DAY|PLAYBOOK READS|READS|CLIP|TRANSITIONS|MEDIAWATCH|WEEKEND READS|DRIVING THE DAY|ON THE CALENDAR|AGENDA|SCHEDULE|PROGRAM NOTE|CORRECTION|CLARIFICATION|LEAKED AUDIO|LEAKED|WATCH LIVE|LISTEN|FIRST IN PLAYBOOK|HEADLINE)$/;

const FIRST_PERSON_CUE = /\b(?:I|we)\s+(?:\w+\s+){0,1}(?:told|said|say|tell|asked|wrote|write)\b[^"“”]{0,25}$/;

function titleCase(line: string): boolean {
  const ws = line.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  return ws.length >= 4 && ws.filter((w) => w.charCodeAt(0) < 91).length >= ws.length * 0.7;
}

export function withTranscript(t: string, sentences: Sentence[], quotes: RawQuote[]): RawQuote[] {
  // ('Q. Has he called?⏎A. No.': the Times' Q. and A. style)
  // (and the agencies' 'Question: ...⏎Answer: ...')
  const qa = /(?:^|\n)[ \t]*(?:Q[:.]|Question:|QUESTION:)[ \t]/.test(t) && /(?:^|\n)[ \t]*(?:A[:.]|Answer:|ANSWER:)[ \t]/.test(t);
  if (!qa && !/\n[ \t]*[A-Z][A-Z.'\-]*(?: [A-Z][A-Z.'\-]+){0,2}:[ \t]/.test(`\n${t}`)) return quotes;
  let group = quotes.reduce((g, q) => Math.max(g, q.group), 0);
  const added: RawQuote[] = [];
  const relabelled = new Map<RawQuote, string>();
  let s = 0;
  const lines = qa ? [...t.matchAll(TRANSCRIPT_LINE), ...t.matchAll(ANSWER_LINE)].sort((a, b) => a.index - b.index) : t.matchAll(TRANSCRIPT_LINE);
  for (const m of lines) {
    // Q&A interviews: the answers ('A: ...') are the interviewee's words; the questions are not quotes
    const answer = /^A\.?$|^answer:$/i.test(m[1]!);
    if (answer ? !qa : NOT_SPEAKERS.test(m[1]!)) continue;
    // ('SORE LOSERS: Commonwealth Boss Vows to Slow-Walk Cabinet': a kicker before a headline, not a speaker's turn)
    if (!answer && titleCase(m[2]!) && t.indexOf(`${m[1]}:`) === t.lastIndexOf(`${m[1]}:`)) continue;
    const start = m.index + m[0].length - m[2]!.length;
    const end = start + m[2]!.trimEnd().length;
    const inner = quotes.filter((q) => q.start < end && start < q.end);
    // ('HOLLIS: ... I told him to his face, "We know what you're doing."': the speaker quoting herself)
    for (const q of inner) if (!q.label && FIRST_PERSON_CUE.test(t.slice(Math.max(start, q.start - 41), q.start - 1))) relabelled.set(q, m[1]!);
    if (inner.length) continue;
    while (s < sentences.length - 1 && sentences[s]!.end <= start) s++;
    added.push({ start, end, text: t.slice(start, end), kind: 'direct', sentence: s, group: ++group, label: answer ? 'A' : m[1]! });
  }
  const own = relabelled.size ? quotes.map((q) => (relabelled.has(q) ? { ...q, label: relabelled.get(q)! } : q)) : quotes;
  return added.length ? [...own, ...added].sort((a, b) => a.start - b.start) : own;
}

/**
 * Which way the clause around a time expression looks: 2 a plain future ("will", "is scheduled
 * to", "for Monday"), 1 a deadline-ish hint ("by", "payable", "effective"), -1 a past verb after
 * any such cue ("said", "since"), 0 nothing. A bare weekday goes ahead on 2, to the nearer one on
 * 1; a bare month or a day without a year leans ahead on 1 or 2, and when nothing is said, to
 * whichever is much nearer.
 *
 *   'The monarch will meet Bush on Thursday'            → 2
 *   'Stroem said divers would resume the search Friday'  → 2 (a future reported in the past)
 *   'declared a day of mourning for Monday'              → 2 (something arranged for a day)
 *   'He said Friday it will investigate'                 → -1 (the cue comes after the date)
 *   'The dividend is payable Dec. 1'                     → 1
 */
const STRONG = new RegExp('\\b(?:will|won\'t|shall|\'ll|going to|scheduled|set to|due to|is due|are due|plans? to|planning to|planned|intends? to|intending to|invited to|hopes? to|hoped to|hoping to|aims? to|is to|are to|' +
  'to be held|to hold|upcoming|expects|to resume|would(?! have(?!\\s+(?:an?|the|to|some|more|no|its|his|her|their|another)\\b))|must(?! have)|should(?! have)|could(?! have| not)|might(?! have)|[Ii]f|[Uu]nless|due(?! to)|' +
  'brac(?:e|es|ed|ing) for|(?:summoned|subpoenaed|ordered|required|called) to (?:appear|testify)|(?:urged|advised|told|asked|encouraged) to|to(?<=\\b(?:called on|calling on|appealed to|urged|urging)\\s+(?:[\\w\'’]+\\s+){1,3}to)(?=\\s+[a-z]+)|(?:expected|likely) to(?<!(?:was|were|been) (?:expected|likely) to)|prepar(?:e|es|ing) (?:to|for)|fac(?:es|ing)|' +
  // arrangements in the present progressive: 'is meeting Obama on Thursday'
  '(?:is|are|\'s|\'re) (?:\\w+ly )?(?:meeting|visiting|travell?ing|flying|heading|hosting|attending|returning|playing|speaking|addressing|launching|unveiling|leaving|departing|holding|opening|taking))\\b', 'g');
const OTHER_ZONE = /^,?\s*\(\s*\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?\s+(?:ET|EST|EDT|PT|PST|PDT|CT|GMT|UTC|BST|CET)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\)/;
const WEAK = /\b(?:of record|deadline|expect|expected to|to be)\b/g;
/** Forecasts and expectations right before a day: 'are expected Saturday', 'Showers are likely Saturday', 'Forecasters predict rain Sunday'. */
const FORECAST_BEFORE = /\b(?:(?:is|are)\s+(?:expected|likely|forecast|possible|predicted)|predicts?|forecasts?|(?:is|are)\s+waiting\s+for|expects?\s+to\s+\w+|on the eve of)\b[^.;:]{0,40}$/;
/** 'Forecasters have warned of more heavy rain on Saturday': a weather or travel warning looks ahead, whatever the tense */
const WARNED_OF = /\bwarn(?:s|ed|ing)?\s+(?:of|about)\s+(?:more\s+|further\s+|heavy\s+|severe\s+|strong\s+)*(?:rain|snow|storms?|winds?|gusts|flooding|floods|delays|disruption|heat|frost|ice|fog|thunderstorms|showers|gales)\b[^.;:]{0,40}$/;
/** Deadline words count only right before the date: 'by Friday' (not 'raised fares by a fifth on Friday'). */
const DEADLINE_BEFORE = /\b(?:until|through|by|payable|effective|beginning|starting|no later than|(?:target|deadline|goal)(?:\s+date)?\s+of)\s+(?:on\s+|the\s+end\s+of\s+)?$/i;
const PAST = /\b(?:said|says|told|announced|reported|was|were|had|did|ago|last|since|set on|(?<!\b(?:be|been|being|is|are|get|gets|stay|stays|remain|remains|a|an|the|its|his|her|their|our|this|these|those)\s)(?:took|began|came|went|fell|rose|won|lost|met|held|left|made|gave|saw|ran|sold|bought|struck|broke|became|brought|sent|spent|built|fought|led|died|beat|hit|quit|shot|fled|slid|sank|wrote|drew|threw|flew|(?!(?:scheduled|expected|planned|proposed|slated|hoped|red|bed|shed|scattered|isolated|mixed|limited|prolonged|un[a-z]+)\b)[a-z]{2,}[^e\s]ed(?! to (?:appear|testify)\b)))\b/g;
const NEXT_CLAUSE = /,|\s(?:and|but|while|when|because|although|though|unless|until)\s/;
const ARRANGED = /^\s+(?:(?:the|a|an|further|fresh|new|more|final|crunch)\s+)*(?:talks|meeting|meetings|consultations|summit|hearing|vote|election|debate|session|negotiations)\b/;
const UNTIL_BEFORE = /(?:\b(adjourned|recessed|postponed|delayed|suspended|extended|halted|lasts|runs|continues|remains)\b[^.;]{0,40})?\buntil\s+(?:at least\s+)?(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?\s+)?$/;
const MONTH_MODIFIER_AFTER = /^\s+(?!(?:the|a|an|his|her|its|their|while|because|although|though|unless|if|and|or|of|in|on|at|to|for|from|with|by|is|was|are|were|will|would|as|after|before|when|that|which|who|this|last|next|through|until)\b)[a-z]{3,}/;
const ASIDE = /,\s+(?:who|which|whose)\b[^,]{3,90},/g;
/** 'after the explosion ... on', 'following Sunday's vote': an event the clause's future came after. */
const AFTER_EVENT = /\b(?:after|following)\b(?![^.;]*\b(?:will|would|is to|are to|plans?|is set|are set|scheduled)\b)/g;

/**
 * Right before the date: 'The vote is Thursday'; unless a past verb follows, 'a day of mourning
 * for Monday' (not 'the strike set for Friday was called off') — neither before a possessive
 * ('the news is Monday's resignation', 'for Monday's attack'); 'ahead of Sunday's vote' (not
 * 'Ahead of Friday's summit, Paris unveiled a plan').
 */
const IS_BEFORE = /\b(?:is|are)(?: on| on the ballot(?: in)?)?\s+$/;
const FOR_BEFORE = /\bfor\s+$/;
const SET_FOR = /\bset for\b(?<!\b(?:was|were|been|had)\sset for)[^.;,:]{0,60}$/;
const AHEAD_OF = /\bahead of\s+$/i;
/** Right after the date: 'declared Monday a day of mourning'. */
const DAY_OF = /^\s+(?:as\s+)?an?\s+(?:(?:national|public|state)\s+)?(?:day|holiday)\b/;
/** 'on Thursday is the vote', "Monday's debate in Ohio will" (not 'figures released Friday are'). */
const AHEAD_AFTER = /^(?:\s+(?:will|is|are)\b|['’]s\s[^,.;:]{0,40}?\b(?:will|would|is (?:set|due|scheduled|expected) to)\b|['’]s\s+(?:\w+\s+)?(?:election|vote|summit|meeting|hearing|debate|match|game|final|deadline)\s+(?:is\s+)?(?:\w+\s+){0,2}away\b)/;
const CLOSING_BEFORE = /(?:\bclosing(?:\s+(?:share\s+)?(?:price|level|value|bid|rate))?|(?:\bthe|['’]s)\s+close)\s+(?:on\s+)?$/;
const SAID_ON = /^\w+(?:\s+\S+){0,4}\s*$|\bon\s+$/;
const REPORTED_AT = /^(?:said|says|told|announced|reported)\b[^,;]*$/;
const NOT_UNTIL = /\b(?:did|was|were|had)(?:\s+not|n['’]t)\b[^.;]{0,50}\buntil\s+$/;
const HAD_BEEN_DUE = /\bhad been (?:due|scheduled|set|expected|slated|planned|supposed) to\b[^.;:]*$/;
const PARTICIPLE_BEFORE = /\b[a-z]{3,}ed\s+(?:on\s+)?$/;

export function futureStrength(text: string, clauseStart: number, at: number, end = at, clauseEnd = end): -1 | 0 | 1 | 2 {
  // "Wednesday's ruling", "Saturday's bombing": something that has happened, whatever the clause will do about it
  if (DONE_EVENT_AFTER.test(text.slice(end, end + 30))) return -1;
  // 'its April trade figures': a month naming a period that has a report, not when something happens
  if (/^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/.test(text.slice(at, end)) && MONTH_MODIFIER_AFTER.test(text.slice(end, end + 20))) return 0;
  // "after Wednesday's vote" has happened; "before Saturday's election", "on the eve of Tuesday's vote" has not
  if (/^['’]s\b/.test(text.slice(end, end + 3))) {
    const lead = text.slice(Math.max(clauseStart, at - 20), at);
    if (/\b(?:after|following|since)\s+$/i.test(lead)) return -1;
    const scheduled = /^['’]s\s+(?:\w+\s+)?(?:election|vote|poll|polls|referendum|match|game|final|summit|meeting|talks|debate|deadline|hearing|session|report|race|primary|caucus)\b/.test(text.slice(end, end + 30));
    if (/\b(?:eve of|until)\s+$/i.test(lead) || (scheduled && /\b(?:before|ahead of)\s+$/i.test(lead) && firstIndex(PAST_AFTER, text.slice(end, Math.min(clauseEnd, end + 80))) < 0)) return 2;
  }
  // 'early Thursday local time' in a paper dated Wednesday in America: a zone ahead, so the nearer day either way
  // ('3:12 a.m. Wednesday (2:12 p.m. ET Tuesday)': the same moment in another zone, a day apart)
  if (/^\s*(?:(?:morning|afternoon|evening|night)\s*)?(?:\(|,\s*)?local time\b/.test(text.slice(end, end + 30)) || OTHER_ZONE.test(text.slice(end, end + 40))) return 1;
  // 'The Senate adjourned until 1 p.m. Tuesday', 'is in recess until Tuesday': a pause that ends ahead
  // (not 'The road stayed closed until Tuesday': a past state that ended then)
  const untilAt = UNTIL_BEFORE.exec(text.slice(Math.max(clauseStart, at - 80), at));
  // ('The schools will stay closed until Monday': a future state that ends then)
  const untilWindow = text.slice(Math.max(clauseStart, at - 80), at);
  if (untilAt && (untilAt[1] || lastIndex(PAST, untilWindow) < 0 || lastIndex(STRONG, untilWindow) >= 0)) return 2;
  // (a relative clause set off by commas says nothing of the date's own verb: 'Kestrel, who will meet Ardmore in
  // the final, beat Halden on Saturday')
  const window = wordsBefore(text, Math.max(clauseStart, at - 70), at).replace(ASIDE, (m) => ' '.repeat(m.length));
  // a plain future reaches further back: 'is scheduled to present the figures to the provincial congress on Friday'
  const wide = wordsBefore(text, Math.max(clauseStart, at - 110), at).replace(ASIDE, (m) => ' '.repeat(m.length));
  const after = text.slice(end, Math.min(clauseEnd, end + 50));
  const possessive = /^['’]s\b/.test(after);
  // only the date's own clause: not ', officials said' or 'and ordered him held' after it
  const pastAfter = firstIndex(PAST_AFTER, after.split(NEXT_CLAUSE)[0]!) >= 0;
  const pastAnyAfter = firstIndex(PAST_AFTER, after) >= 0; // 'Ahead of Friday's summit, Orsa unveiled ...'
  if ((IS_BEFORE.test(window) && !possessive) || DAY_OF.test(after)) return 2;
  if (AHEAD_AFTER.test(after) && !PARTICIPLE_BEFORE.test(window)) return 2;
  // ('Orbitra set for first orbital launch attempt Saturday': a headline's plan, with no past verb after it)
  if (!pastAfter && SET_FOR.test(window)) return 2;
  if ((!pastAfter && FOR_BEFORE.test(window) && !possessive) || (!pastAnyAfter && AHEAD_OF.test(window))) return 2;
  // ('Shareholders had been due to vote on the offer on Friday': a plan told in the past perfect was for a past day)
  // ('a premium of 30 percent to Pellwood's closing price on Friday': a price already set)
  if ((wide.includes('had been') && HAD_BEEN_DUE.test(wide)) || (window.includes('clos') && CLOSING_BEFORE.test(window))) return -1;
  const past = lastIndex(PAST, window);
  // ('The coach said the squad for the championships in October would be named': a report of a future told after the date)
  // (not 'said on Tuesday that Iraq would retaliate': a date right after the verb is when it was said)
  if (past >= 0 && REPORTED_AT.test(window.slice(past)) && !SAID_ON.test(window.slice(past)) && !/^\s*(?:,\s*)?that\b/.test(after) && !pastAfter && firstIndex(STRONG, after.split(NEXT_CLAUSE)[0]!) >= 0) return 2;
  if ((FORECAST_BEFORE.test(window) && past < 0) || WARNED_OF.test(window)) return 2;
  // 'is expected to climb after the explosion at a pit near Sorvik on Monday', 'faces relegation after losing on Saturday'
  const followed = lastIndex(AFTER_EVENT, window);
  const gap = followed >= 0 ? window.slice(followed).replace(/^\w+/, '') : '';
  // (not 'after the season ends in April': a clause of its own between)
  // (not 'is expected to act after talks with party leaders on Thursday': talks are arranged ahead)
  // (nor 'would discuss it after the playoffs, maybe in November': the date stands in a clause of its own)
  if (followed >= 0 && followed > lastIndex(STRONG, window) && !gap.includes(',') && !/^\s*(?:on\s+)?$/.test(gap) && !SCHEDULED_ANY_ONCE.test(gap) && !/\b(?:is|are|will|would|can|may)\b/.test(gap) && !ARRANGED.test(gap)) return -1;
  const strong = lastIndex(STRONG, wide);
  if (strong >= 0 && strong - (wide.length - window.length) > (past < 0 ? -Infinity : past)) return 2;
  // ('The campaign, which began May 19, ends Friday': a timetable verb after the past one)
  if (!pastAfter && SCHEDULED_PRESENT.test(window) && (past < 0 || lastIndex(SCHEDULED_ANY, window) > past)) return 2;
  // ('did not form until July 2', "it wasn't until March": something that waited for a day gone by)
  if (window.includes('until') && NOT_UNTIL.test(window)) return -1;
  if (lastIndex(WEAK, window) > past || (DEADLINE_BEFORE.test(window) && !pastAfter) || WAS_EXPECTED_BEFORE.test(window)) return 1;
  if (past >= 0) return -1;
  if (EXPECTED_BEFORE.test(window) && /^(?:\s+(?:to|night|morning|afternoon|evening)\b|\s*[.,;]|\s*$)/.test(after)) return 2; // 'is expected on Friday to vote', 'rains are expected on Wednesday.'
  // "In May it was reported" / "On Friday the board will vote": a date opening its clause takes the first verb after it
  const strongAfter = firstIndex(STRONG, after);
  const pastAfterAt = firstIndex(PAST_AFTER, after);
  // ('In the final on Tuesday, the two teams will meet': a short opening phrase too)
  const opening = /^\s*(?:\S+\s+){0,2}$/.test(text.slice(clauseStart, at)) || /^\s*(?:In|At|For|On|During|After|Before)\s+(?:\S+\s+){1,3}(?:on|in)\s+$/.test(text.slice(clauseStart, at));
  if (opening && strongAfter >= 0 && (pastAfterAt < 0 || strongAfter < pastAfterAt)) return 2;
  // ('On May 5, a fire destroyed its warehouse': the verb of the clause the date opens, past the comma)
  if (opening && pastAfterAt >= 0) return -1;
  // ('In March the state election takes place': a timetable verb after a date opening the clause)
  if (opening && !possessive && pastAfterAt < 0 && firstIndex(SCHEDULED_ANY, after) >= 0) return 2;
  return pastAfter ? -1 : 0;
}

/** A timetable in the present tense: 'Arafat and Netanyahu meet separately Monday', 'the council votes on Friday'. */
// (not a noun after a determiner: 'cut short a visit to Italy on Monday', 'lost the vote on Monday', 'the confidence vote in September')
const SCHEDULE_VERB = String.raw`(?<!\b(?:[Aa]|[Aa]n|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s)\b(?:meet|meets|vote(?<!\b(?:a|an|the|his|her|its|their|this|that)\s+[\w-]+\svote)|votes|begins|starts|opens|resumes|resume|visits|travels|arrives|returns|host|hosts|decides|closes|reopens|goes on trial|takes office|testifies|rules|play|plays|face|faces|leaves|leave|departs|(?<!\b(?:the|to) )(?:close|open|reopen|begin|start)|goes on sale|go on sale|heads|flies|holds|convenes|reconvenes|kicks off|takes place|take place|are back in action|is back in action|travel to|visit|ends|end|expires|expire|moves to|move to|shifts to|takes effect|take effect|goes into effect|go into effect|comes into force|come into force|runs through|run through|takes control|picks|go to the polls)\b`;
const SCHEDULED_PRESENT = new RegExp(String.raw`${SCHEDULE_VERB}(?:\s+[A-Za-z]+|\s+at\s+\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?){0,6}\s+(?:on\s+)?$`);
/** The timetable verb anywhere ('The campaign, which began May 19, ends Friday': after the past one). */
const SCHEDULED_ANY = new RegExp(SCHEDULE_VERB, 'g');
const SCHEDULED_ANY_ONCE = new RegExp(SCHEDULE_VERB);
/** "Wednesday's ruling", "Monday's decision", "Saturday's bombing": done before anyone writes of them. */
const DONE_EVENT_AFTER = /^['’]s\s+(?:\w+\s+)?(?:ruling|decision|bombing|attack|attacks|crash|shooting|killing|killings|arrest|arrests|verdict|announcement|explosion|blast|raid|massacre|collapse|resignation|death|accident|fire|quake|earthquake|assassination|ambush|derailment|stabbing|close|closing)\b/;
const EXPECTED_BEFORE = /\b(?:is|are)\s+(?:expected|scheduled|due|set|slated|planned)\s+(?:on\s+)?$/;
/** 'A second crest was expected on Friday': an expectation told in the past, for the nearer day */
const WAS_EXPECTED_BEFORE = /\b(?:was|were)\s+(?:expected|forecast|predicted)\s+(?:on\s+)?$/;

const PAST_AFTER = /\b(?:was|were|had|did|said|(?<!\b(?:is|are|be|been|being)\s)(?!(?:scheduled|expected|planned|proposed|needed|red|bed)\b)[a-z]{3,}ed)\b/g;

/** text[from, to) without a word cut at its start ('heduled to' is no past verb). */
function wordsBefore(text: string, from: number, to: number): string {
  const s = text.slice(from, to);
  return from > 0 && /\w/.test(text[from - 1]!) ? s.replace(/^\w+/, '') : s;
}

function firstIndex(re: RegExp, s: string): number {
  re.lastIndex = 0;
  return re.exec(s)?.index ?? -1;
}

function lastIndex(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let last = -1;
  for (let m = re.exec(s); m; m = re.exec(s)) last = m.index;
  return last;
}

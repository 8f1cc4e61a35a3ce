/** The fixed shapes step 4 looks for around a quotation, and how far it looks. */
export const DASH_NAME = /^\s*-+\s*(\p{Lu}[\p{L}.'\-]*(?: \p{Lu}[\p{L}.'\-]*){0,3})/u;
/** "'We will not yield': Solvik defies lenders" — the name after a headline quotation's colon. */
export const COLON_NAME = /^:\s+(\p{Lu}[\p{L}.'\-]*(?: \p{Lu}[\p{L}.'\-]*){0,2})(?= \p{Ll})/u;
export const TRANSCRIPT = /^([A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+)?):\s/;
export const LEADING_PRONOUN = /^(?:He|She)\b/;
export const IT_SUBJECT = /^(?:[A-Z][a-z]+, )?(?:it|It|they|They)\b/;
/**
 * A letter's signature on a line of its own: 'Deborah Kinsella-Ward; Bay City, Mich.', 'Chris Smith, Dayton, Ohio',
 * 'Chris Smith.' — the writer of the "I" before it.
 */
export const SIGNATURE = /^[ \t]*(?:[-—–]+[ \t]*)?(\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){1,3})(?:[ \t]*[;,][ \t]*\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3}(?:,[ \t]*\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}.]*)?)?)?[ \t]*\.?[ \t]*$/u;
/** 'a man who identified himself only as Ray', 'a mother who gave her name as Jessica': the name the person gave. */
export const GAVE_NAME = /\bwho\s+(?:gave\s+(?:her|his|their)\s+(?:first\s+)?name\s+(?:only\s+)?as|identified\s+(?:her|him)self\s+(?:only\s+)?as|asked\s+to\s+be\s+identified\s+(?:only\s+)?as)\s+(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)/u;
/** 'the tearful mum said' stands for a person written about at most this far before (characters). */
export const NEARBY = 400;
/** Frames never reach further than this from the quote, so the work per quote is bounded. */
export const FRAME = 400;
/** 'RATING: "Mostly Fiction"', 'OUR RULING:': a fact-check's or a page's label, not a speaker. */
export const LABEL = /^(?:THE )?(?:CLAIM|CLAIMS|RATING|RULING|OUR RULING|VERDICT|UPDATE|CORRECTION|EDITOR'?S NOTE|NOTE|PHOTO|VIDEO|WATCH|READ MORE|RELATED|OPINION|ANALYSIS|BREAKING|FACTS|FACT CHECK|BOTTOM LINE|WHAT WE FOUND|BACKGROUND|CONTEXT|SPOTTED|OVERHEARD|SCOOP|LEAKED AUDIO|LEAKED|EXCLUSIVE|QUOTE OF THE DAY|PLAYBOOK READS)$/;

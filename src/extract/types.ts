/** What the extraction pipeline produces for one article. Offsets index the ORIGINAL text. */

export type QuoteKind = 'direct' | 'indirect' | 'mixed' | 'partial' | 'term';

export type Quote = {
  text: string;
  /** A name ("Ana Ruiz") or short description ("a company spokesperson"); never a bare pronoun. */
  speaker: string | null;
  kind: QuoteKind;
  start: number;
  end: number;
  /** The attribution verb or phrase, when found ("said", "according to"). */
  cue?: string;
};

export type EntityType = 'person' | 'organization' | 'place' | 'other';

export type Entity = {
  /** The fullest form seen ("Finance Minister Ana Ruiz" → "Ana Ruiz"). */
  name: string;
  type: EntityType;
  /** Other forms for the same entity in this article ("Ruiz", "Ana Ruis"). */
  aliases: string[];
  /** Titles or roles given to it ("Finance Minister"). */
  roles?: string[];
  mentions?: number;
};

/** 'YYYY' | 'YYYY-MM' | 'YYYY-MM-DD' */
export type DateValue = string;

export type DateMention = { text: string; start: number; end: number; value: DateValue };

export type Event = {
  date: DateValue | null;
  summary: string;
  actors: string[];
  place?: string;
  start: number;
  end: number;
};

export type Figure = {
  text: string;
  /** Normalised: 300000000 for "$300 million" and for "$0.3 billion"; 0 for a garbled "0 million"; null for a range ("between 20 and 30") or a number not read. */
  value: number | null;
  /** 'USD', 'EUR', 'GBP', … for money; 'count' for people/things; '%' for percentages. */
  unit: string;
  /** A few words saying what it counts ("dead", "aid package"), when found nearby. */
  about?: string;
  start: number;
  end: number;
};

export type Extraction = {
  quotes: Quote[];
  events: Event[];
  entities: Entity[];
  dates: DateMention[];
  figures: Figure[];
};

export type ExtractInput = {
  text: string;
  /** Publication date, 'YYYY-MM-DD': the anchor for relative dates. */
  published: string;
  title?: string;
};

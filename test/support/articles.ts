/** Small fictional articles for tests, in the messy styles real feeds have. */
export const harbourStrike = {
  title: 'Valmora dockworkers end nine-day strike',
  published: '2026-11-04',
  text: `Dockworkers in the port city of Valmora ended a nine-day strike on Tuesday after the port authority agreed to a 6% raise, union leaders said.

“We did not start this fight to lose it,” said union chief Ana Ruiz. She added that talks on pensions would resume next month.

The deal covers 4,000 workers at the city's three terminals.Shipping lines had diverted more than 40 vessels during the stoppage, according to the port authority.`,
};

export const budgetSpeech = {
  title: 'Finance Minister Tomas Okafor presents "lean" budget',
  published: '2026-11-06',
  text: `Finance Minister Tomas Okafor presented a $300 million spending plan to parliament on Thursday, calling it a "historic reset" of public finances.

"Not one more dollar will go to projects that do not deliver," Okafor told lawmakers. He said the plan would be debated two days later.

Opposition leader Mirela Danek called the proposal "a budget for accountants, not for people."`,
};

/** Paragraphs of filler that make an article long enough for a feed item to count as full text. */
export const longBody = (topic: string) =>
  Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} about ${topic}: officials in the fictional region of Eastmarch reviewed the figures again and promised a further statement before the end of the week.</p>`).join('');

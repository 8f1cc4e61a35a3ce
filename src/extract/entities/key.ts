/**
 * The key under which two spellings of one name meet, in an article and across the store.
 *
 *   entityKey('Jinping Xi') === entityKey('Xi Jinping')            // word order
 *   entityKey('Zelenskyy') === entityKey('Zelenskiy') === entityKey('Zelensky')
 *   entityKey('Abu Bakr al-Baghdadi') === entityKey('Abu Bakr Baghdadi')   // particles
 *   entityKey("O'Neill") === entityKey('ONeil');  entityKey('José Müller') === entityKey('Jose Muller')
 *   entityKey('Juan de la Cruz') === entityKey('Juan Dela Cruz');  entityKey('J. R. Castell') === entityKey('J.R. Castell')
 *   entityKey('John Smith') !== entityKey('Jane Smith')
 *
 * Folds: case, accents, apostrophes/hyphens/dots, particles (al, el, ul), doubled letters, kh→h, ou→u, Abdel/Abdal→Abdul,
 * x→ks, y between consonants → i, a final -iy/-yy/-ii/-y → -i, the spellings of Muhammad and a few other given names. Each word keeps its own letters otherwise, so different first names never meet.
 */
const PARTICLES = new Set(['al', 'el', 'ul', 'the']);
const MUHAMMAD = /^m[ou]ham+[ae]d$/;

/** Keys already folded: names repeat within an article and across a feed (bounded; cleared when full). */
const memo = new Map<string, string>();

export function entityKey(name: string): string {
  let key = memo.get(name);
  if (key === undefined) {
    if (memo.size > 20_000) memo.clear();
    memo.set(name, (key = fold(name)));
  }
  return key;
}

function fold(name: string): string {
  const ascii = /^[\x20-\x7e]*$/.test(name);
  const words = (ascii ? name : name.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .toLowerCase()
    .replace(/['\u2019`.]/g, '')
    .replace(/[^a-z0-9\s-]/g, ' ')
    .replace(/\b(de|van|von|del|da|di)\s+(la|las|los|der|den|le)\b/g, '$1$2') // 'de la Cruz' = 'Dela Cruz'
    .replace(/\b([a-z])\s+(?=[a-z]\b)/g, '$1') // 'J. R. Castell' = 'J.R. Castell'
    .split(/[\s-]+/);
  const out: string[] = [];
  for (const w of words) {
    if (!w || PARTICLES.has(w)) continue;
    out.push(foldWord(w));
  }
  return out.sort().join(' ');
}

function foldWord(w: string): string {
  if (MUHAMMAD.test(w)) return 'muhamad'; // Muhammad, Mohammed, Mohamed, Mohammad, Muhammed
  // ('Abdel'/'Abdul'/'Abdal', 'Mansour'/'Mansur', 'Youssef'/'Yusef': Arabic names in French and English spelling)
  // ('Alexei'/'Aleksei', 'Tymoshenko'/'Timoshenko', 'Yanukovych'/'Yanukovich': Slavic names in two transliterations)
  let s = w.replace(/^abd[aeu]l(?=.)/, 'abdul').replace(/^abd[aeu]l$/, 'abdul').replace(/ou/g, 'u').replace(/kh/g, 'h').replace(/x/g, 'ks').replace(/([a-z])\1+/g, '$1');
  s = s.replace(/(?<=[^aeiouy\d])y(?=[^aeiouy\d])/g, 'i');
  s = s.length > 2 ? s.replace(/(?:iy|y)$/, 'i') : s;
  return GIVEN_NAMES[s] ?? s;
}

/** Given names whose common spellings differ in a vowel the folds above keep (after those folds). */
const GIVEN_NAMES: Record<string, string> = {
  ahmad: 'ahmed', yusuf: 'yusef', yosef: 'yusef', husain: 'husein', husayn: 'husein', osama: 'usama', umar: 'omar',
  gadafi: 'qadafi', qadhafi: 'qadafi', kadafi: 'qadafi', kadhafi: 'qadafi', gadhafi: 'qadafi',
};

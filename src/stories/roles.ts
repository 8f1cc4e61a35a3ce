/**
 * Role disagreements: one role given to different people by different sources
 * ("Finance Minister Ana Ruiz" here, "Finance Minister Tomas Vidal" there).
 */
import type { Entity } from '../extract/types.ts';
import { groupBy, sameName, sourcesDiffer, surname, type Draft, type Sourced } from './match.ts';

export type ArticleRole = Sourced & { role: string; name: string };

const QUALIFIER = String.raw`(?:Deputy|Acting|Interim|Foreign|Finance|Defen[cs]e|Interior|Home|Health|Justice|Prime|Education|Energy|Trade|Economy|Transport|Environment|Labou?r|Agriculture|Culture|Police|Fire|Army|Vice|State|Attorney|Executive|Chief|Managing|Federal|Head|Public|Security|Sports?|Tourism|Immigration)`;
const TITLE = String.raw`(?:Minister|Secretary|President|Chancellor|Governor|Mayor|Senator|Ambassador|Spokes(?:man|woman|person)|Chair(?:man|woman)?|CEO|Director|Commissioner|Chief|Judge|Coach|General|Premier|Coroner|Commander)`;
const NAME = String.raw`\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2}`;
const PATTERN = new RegExp(String.raw`(?:\b([Ff]ormer|\p{Lu}[\p{L}.]*?)(?:['’]s)?\s+)?\b((?:${QUALIFIER}\s+){0,3}${TITLE})\s+(${NAME})`, 'gu');
/** Words before a title that do not say whose title it is. */
const STARTERS = new Set(['the', 'a', 'an', 'on', 'in', 'but', 'and', 'when', 'while', 'as', 'after', 'before', 'then', 'meanwhile', 'also', 'said', 'by', 'with', 'new',
  'his', 'her', 'their', 'its', 'our', 'today', 'yesterday', 'last', 'this', 'that', 'says', 'told', 'at', 'for', 'to', 'from', 'of',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december']);
const NOT_NAMES = new Set(['the', 'of', 'and', 'on', 'in', 'for', 'said', 'says', 'has', 'was', 'is', 'who', 'will', 'at', 'to']);

/**
 * "<Title> <Name>" in running text, with whose title it is when said just before:
 * 'Finance Minister Ana Ruiz said' → [{role: 'finance minister', name: 'Ana Ruiz'}];
 * "Chinese Foreign Minister Wang Li" → role 'chinese foreign minister'; "former" is kept the same way.
 */
export function rolesInText(text: string): { role: string; name: string }[] {
  const out: { role: string; name: string }[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const name = m[3]!.split(/\s+/).filter((w) => !NOT_NAMES.has(w.toLowerCase())).join(' ');
    const whose = m[1] && !STARTERS.has(m[1].toLowerCase()) ? `${m[1].toLowerCase()} ` : '';
    if (name) out.push({ role: normaliseRole(whose + m[2]!), name });
  }
  return out;
}

export const normaliseRole = (role: string): string => role.toLowerCase().replace(/\s+/g, ' ').trim();

/** Roles of one article: the extractor's entity roles and the text scan, without repeats. */
export function articleRoles(text: string, entities: readonly Entity[]): { role: string; name: string }[] {
  // (roles written in lower case, 'general manager Bob Quinn', are descriptions more than titles: left out)
  const all = [...entities.flatMap((e) => (e.roles ?? []).filter((r) => /\p{Lu}/u.test(r)).map((r) => ({ role: normaliseRole(r), name: e.name }))), ...rolesInText(text)];
  const seen = new Set<string>();
  return all.filter((r) => r.role && !seen.has(`${r.role}|${surname(r.name)}`) && !!seen.add(`${r.role}|${surname(r.name)}`));
}

/**
 * A role differs when two sources name different people for it, neither article names
 * both people for it, and neither mentions the other's person at all (else the role is
 * probably shared, as 'president' of two countries). Titles of one word are too generic.
 */
export function roleDisagreements(roles: readonly ArticleRole[], textOf: (articleId: number) => string): Draft[] {
  const drafts: Draft[] = [];
  const byRole = new Map<string, ArticleRole[]>();
  for (const r of roles) if (r.role.includes(' ')) byRole.set(r.role, [...(byRole.get(r.role) ?? []), r]);
  const qualified = (base: string) => roles.filter((r) => r.role !== base && r.role.endsWith(` ${base}`));
  for (const [role, list] of byRole) {
    const people = groupBy(list, (a, b) => sameName(a.name, b.name));
    // "Chinese Foreign Minister X" and "Australian Foreign Minister Y" in one story: the bare title has several holders.
    if (groupBy(qualified(role), (a, b) => sameName(a.name, b.name)).length > 1) continue;
    if (people.length < 2) continue;
    const ambiguous = new Set(list.map((r) => r.articleId)).size < list.length
      && [...new Set(list.map((r) => r.articleId))].some((id) => people.filter((p) => p.some((r) => r.articleId === id)).length > 1);
    if (ambiguous) continue;
    const mentions = (articleId: number, name: string) => new RegExp(`\\b${escapeRe(surname(name))}\\b`, 'i').test(textOf(articleId).normalize('NFKD').replace(/[\u0300-\u036f]/g, ''));
    const conflict = (a: ArticleRole, b: ArticleRole) => !sameName(a.name, b.name) && !mentions(a.articleId, b.name) && !mentions(b.articleId, a.name);
    if (!sourcesDiffer(list, conflict)) continue;
    drafts.push({ kind: 'role', about: titleCase(role), values: list.map((r) => ({ value: r.name, articleId: r.articleId })) });
  }
  return drafts;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const titleCase = (s: string) => s.replace(/\b\p{L}/gu, (c) => c.toUpperCase());

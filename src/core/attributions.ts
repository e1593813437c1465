// Attributions: who said what. Finds reporting cues, then reads the sentence around each cue in one of
// the shapes news uses: "X said (that) C", "C, X said", "C, said X", "C, according to X", "“C,” X said, “C2”".
import type { Attribution, EntityMention, Stance, TextSpan } from './types';
import type { Token } from './tokenize';
import type { EntityResult } from './entities';
import { gazetteer } from './lexicon/gazetteer';
import {
  CUE_AUXILIARIES, PERSONAL_PRONOUNS, REPORTING_FORMS, REPORTING_VERBS, UNCERTAIN_FRAMES,
  WEAK_REPORTING_LEMMAS,
} from './lexicon/words';

interface Cue {
  /** Token range of the cue, auxiliaries included. */
  first: number;
  last: number;
  /** The reporting word itself. */
  head: number;
  stance: Stance;
  accordingTo: boolean;
}

interface Quote { open: number; close: number } // token indices of the quotation marks

const OPEN_QUOTES = new Set(['“', '«', '„']);
const CLOSE_QUOTES = new Set(['”', '»']);
const STRAIGHT = '"';
/** Words that end a subject scanned leftwards from the cue. */
const SUBJECT_STOPS = new Set(['that', 'but', 'while', 'because', 'although', 'though', 'when', 'if', 'as', 'since', 'after', 'before', 'which', 'who', 'where', 'whom', 'so', 'than', 'whether', 'until', 'unless', 'once', 'and', 'or']);
const CLAUSE_BREAKS = new Set([',', ';', ':', '(', ')', '—', '–']);

/** Nouns that describe an organization, and the heads of names they fit ("the monitor" fits an Observatory). */
const ORGANIZATION_DESCRIPTORS: Record<string, string[]> = {
  monitor: ['Observatory', 'Watch', 'Monitor', 'Monitoring', 'Mission'],
  watchdog: ['Observatory', 'Watch', 'Monitor', 'Commission', 'Authority', 'Agency'],
  group: ['group', 'Group', 'Front', 'Movement', 'Brigade', 'Brigades', 'Army', 'Organization', 'Organisation', 'Party', 'Network'],
  organization: ['Organization', 'Organisation', 'Group', 'Association', 'Foundation', 'Watch', 'Observatory', 'Institute'],
  organisation: ['Organization', 'Organisation', 'Group', 'Association', 'Foundation', 'Watch', 'Observatory', 'Institute'],
  agency: ['Agency', 'Authority', 'Administration', 'Bureau', 'Service'],
  ministry: ['Ministry', 'Department'],
  company: ['Company', 'Corporation', 'Corp', 'Inc', 'Ltd', 'PLC', 'Group', 'Holdings'],
  firm: ['Company', 'Corporation', 'Corp', 'Inc', 'Ltd', 'PLC', 'Group', 'Holdings', 'Partners'],
  militia: ['Militia', 'Brigade', 'Brigades', 'Forces', 'Front', 'group'],
  movement: ['Movement', 'Front', 'group'],
  party: ['Party'],
  network: ['Network', 'News', 'Television', 'TV'],
  newspaper: ['Times', 'Post', 'Herald', 'Tribune', 'Journal', 'Gazette', 'Telegraph', 'Guardian', 'News'],
  paper: ['Times', 'Post', 'Herald', 'Tribune', 'Journal', 'Gazette', 'Telegraph', 'Guardian', 'News'],
  observatory: ['Observatory'],
  court: ['Court', 'Tribunal'],
  commission: ['Commission'],
  committee: ['Committee'],
  council: ['Council'],
};

export interface AttributionResult {
  attributions: Omit<Attribution, 'claimId'>[];
  descriptions: EntityMention[];
}

export function findAttributions(text: string, tokens: Token[], entities: EntityResult): AttributionResult {
  const quotes = findQuotes(tokens);
  const cues = findCues(tokens);
  const out: Omit<Attribution, 'claimId'>[] = [];
  const descriptions: EntityMention[] = [];
  const span = (first: number, last: number): TextSpan => ({ start: tokens[first].start, end: tokens[last].end, text: text.slice(tokens[first].start, tokens[last].end) });

  for (let ci = 0; ci < cues.length; ci++) {
    const cue = cues[ci];
    const s = tokens[cue.head].sentence;
    const [sFirst, sLast] = sentenceBounds(tokens, cue.head);
    const contentLast = trimEnd(tokens, sFirst, sLast);
    let source: [number, number] | null = null;
    let content: [number, number][] = [];

    if (cue.accordingTo) {
      source = readNounPhraseRight(tokens, cue.last + 1, sLast);
      const before = cue.first - 1;
      if (before >= sFirst && before > contentStart(tokens, sFirst, cue.first)) {
        content = [[contentStart(tokens, sFirst, cue.first), trimEnd(tokens, sFirst, before)]];
      } else if (source) {
        let k = source[1] + 1;
        if (tokens[k]?.text === ',') k++;
        if (k <= contentLast) content = [[k, contentLast]];
      }
    } else {
      const subject = readSubjectLeft(tokens, cue.first - 1, sFirst);
      const beforeSubject = subject ? subject[0] - 1 : cue.first - 1;
      const previousIsBreak = beforeSubject >= sFirst && (tokens[beforeSubject].text === ',' || CLOSE_QUOTES.has(tokens[beforeSubject].text) || isClosingStraight(tokens, quotes, beforeSubject));
      const afterCue = skipObject(tokens, cue, sLast, entities);
      const endsAfter = afterCue > contentLast || tokens[afterCue].text === ',' || tokens[afterCue].text === ';';
      if (subject && previousIsBreak && endsAfter && beforeSubject > sFirst) {
        // "C, X said." / "“C,” he told AFP, “C2.”"
        source = subject;
        content = [[contentStart(tokens, sFirst, beforeSubject), contentEndBefore(tokens, beforeSubject)]];
        const more = quoteAfter(tokens, quotes, afterCue, sLast);
        if (more) content.push(more);
      } else if (!subject && (cue.first - 1 < sFirst || tokens[cue.first - 1].text === ',' || CLOSE_QUOTES.has(tokens[cue.first - 1].text) || isClosingStraight(tokens, quotes, cue.first - 1)) && cue.first - 1 > sFirst) {
        // "C, said X."
        source = readNounPhraseRight(tokens, cue.last + 1, sLast);
        if (!source) continue;
        content = [[contentStart(tokens, sFirst, cue.first - 1), contentEndBefore(tokens, cue.first - 1)]];
      } else {
        // "X said (that) C" / "X said: “C”" / "X, who ..., said C"; an elided subject ("but said C") is the previous cue's.
        source = subject;
        let k = afterCue;
        while (k <= contentLast && (tokens[k].text === ':' || tokens[k].text === ',' || tokens[k].lower === 'that')) k++;
        const end = contentEndForward(tokens, cues, ci, k, contentLast);
        if (k > end) continue;
        const q = quotes.find((q) => q.open === k);
        content = [[k, q && q.close <= sLast + 20 ? Math.min(q.close, tokens.length - 1) : end]];
        if (!source) {
          const previous = out[out.length - 1];
          if (!previous || tokens[tokenIndexAt(tokens, previous.cue.start)].sentence !== s || !previous.source) continue;
          source = [tokenIndexAt(tokens, previous.source.start), tokenIndexAt(tokens, previous.source.end - 1)];
        }
      }
    }
    content = content.filter(([a, b]) => a <= b);
    if (!content.length) continue;
    if (!source && !cue.accordingTo) continue;
    // Weak reporting verbs ("found", "believes") count only with a clause or quote after them.
    if (WEAK_REPORTING_LEMMAS.has(lemmaOf(tokens[cue.head].lower) ?? '') && !hasClauseAfter(tokens, cue, quotes)) continue;

    const contentSpans = content.map(([a, b]) => span(a, b));
    const direct = contentSpans.every((c) => /^["“«„]/.test(c.text)) || content.some(([a, b]) => quotes.some((q) => q.open <= a && b <= q.close && b - a >= (q.close - q.open) / 2));
    const resolved = source ? resolveSource(text, tokens, source, entities, out, descriptions) : { entityId: null };
    const sourceSpan = source ? span(source[0], source[1]) : null;
    const name = resolved.entityId !== null ? entities.entities[resolved.entityId].name : sourceSpan ? stripDeterminer(sourceSpan.text) : 'unnamed source';
    out.push({
      id: out.length,
      cue: span(cue.first, cue.last),
      source: sourceSpan,
      sourceEntityId: resolved.entityId,
      sourceName: name,
      content: contentSpans,
      direct,
      stance: cue.stance,
    });
  }
  descriptions.sort((a, b) => a.start - b.start);
  return { attributions: out, descriptions };
}

// ── Cues ─────────────────────────────────────────────────────────────────────────────────────

export function lemmaOf(lower: string): string | undefined {
  if (lower in REPORTING_FORMS) return REPORTING_FORMS[lower];
  if (lower in REPORTING_VERBS) return lower;
  const candidates = [
    lower.replace(/ied$/, 'y'), lower.replace(/ies$/, 'y'), lower.replace(/ed$/, ''), lower.replace(/d$/, ''),
    lower.replace(/es$/, ''), lower.replace(/s$/, ''), lower.replace(/ing$/, ''), lower.replace(/ing$/, 'e'),
  ];
  return candidates.find((c) => c !== lower && c in REPORTING_VERBS);
}

function findCues(tokens: Token[]): Cue[] {
  const gaz = gazetteer();
  const cues: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.isWord) continue;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      cues.push({ first: i, last: i + 1, head: i, stance: 'asserts', accordingTo: true });
      i++;
      continue;
    }
    const lemma = lemmaOf(t.lower);
    if (!lemma || t.capitalized && i > 0 && tokens[i - 1].sentence === t.sentence) continue;
    // Nouns that look like verbs ("the claims", "a report") are not cues.
    const prev = tokens[i - 1];
    if (prev && /^(the|a|an|his|her|their|its|our|this|these|those|such|of|in|on|to)$/.test(prev.lower)) continue;
    if (t.lower === lemma && t.lower !== 'say' && t.lower !== 'tell' && !(prev && /^(to|will|would|could|can|may|might|must|should|did|do|does|not|n't)$/.test(prev.lower))) {
      const tags = gaz.tagsOf(t.lower);
      if (tags && tags[0].startsWith('NN')) continue;
    }
    if (/ing$/.test(t.lower) && !(prev && prev.text === ',')) continue;
    let first = i;
    while (first - 1 >= 0 && tokens[first - 1].isWord && CUE_AUXILIARIES.has(tokens[first - 1].lower) && tokens[first - 1].sentence === t.sentence) first--;
    const frame = tokens.slice(Math.max(0, i - 2), i).map((x) => x.lower).join(' ');
    const uncertain = UNCERTAIN_FRAMES.some((r) => r.test(frame));
    const negated = !uncertain && tokens.slice(first, i).some((x) => x.lower === 'not' || x.lower === "n't" || x.lower === 'never');
    const stance: Stance = uncertain ? 'uncertain' : REPORTING_VERBS[lemma] === 'denies' ? (negated ? 'asserts' : 'denies') : negated ? 'denies' : 'asserts';
    if (uncertain && /^(declined|refused)$/.test(tokens[i - 2]?.lower ?? '')) first = i - 2;
    cues.push({ first, last: i, head: i, stance, accordingTo: false });
  }
  return cues;
}

function hasClauseAfter(tokens: Token[], cue: Cue, quotes: Quote[]): boolean {
  const n = tokens[cue.last + 1];
  if (!n) return false;
  return n.lower === 'that' || n.text === ':' || quotes.some((q) => q.open === cue.last + 1 || q.open === cue.last + 2);
}

// ── Spans ────────────────────────────────────────────────────────────────────────────────────

function findQuotes(tokens: Token[]): Quote[] {
  const quotes: Quote[] = [];
  let open = -1;
  let straightOpen = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i].text;
    if (OPEN_QUOTES.has(t)) open = i;
    else if (CLOSE_QUOTES.has(t) && open >= 0) { quotes.push({ open, close: i }); open = -1; }
    else if (t === STRAIGHT) {
      if (straightOpen < 0) straightOpen = i;
      else { quotes.push({ open: straightOpen, close: i }); straightOpen = -1; }
    }
  }
  return quotes.sort((a, b) => a.open - b.open);
}

function isClosingStraight(tokens: Token[], quotes: Quote[], i: number): boolean {
  return tokens[i]?.text === STRAIGHT && quotes.some((q) => q.close === i);
}

function sentenceBounds(tokens: Token[], i: number): [number, number] {
  const s = tokens[i].sentence;
  let a = i;
  let b = i;
  while (a > 0 && tokens[a - 1].sentence === s) a--;
  while (b + 1 < tokens.length && tokens[b + 1].sentence === s) b++;
  return [a, b];
}

/** The last token of a sentence without its final punctuation (closing quotes stay). */
function trimEnd(tokens: Token[], first: number, last: number): number {
  while (last > first && /^[.!?…,;:]$/.test(tokens[last].text)) last--;
  return last;
}

/** Content starts after a dateline ("Beirut, May 20:") or a leading clause marker. */
function contentStart(tokens: Token[], sFirst: number, limit: number): number {
  for (let k = sFirst; k < limit && k < sFirst + 12; k++) {
    if (tokens[k].text === ':' || tokens[k].text === '—' && k < sFirst + 6) {
      const next = tokens[k + 1];
      if (next && k + 1 < limit) return k + 1;
    }
  }
  return sFirst;
}

/** Content that ends before a break token: drop the comma inside a closing quote? No: keep quotes whole. */
function contentEndBefore(tokens: Token[], breakToken: number): number {
  if (CLOSE_QUOTES.has(tokens[breakToken].text) || tokens[breakToken].text === STRAIGHT) return breakToken;
  let k = breakToken - 1;
  while (k > 0 && /^[,;:]$/.test(tokens[k].text)) k--;
  return k;
}

/** Forward content ends where the next cue's clause begins ("..., but said ..."). */
function contentEndForward(tokens: Token[], cues: Cue[], ci: number, from: number, contentLast: number): number {
  const next = cues[ci + 1];
  if (next && next.first <= contentLast && next.first > from) {
    let k = next.first - 1;
    // Back over the next clause's subject and its conjunction.
    while (k > from && !/^[,;]$/.test(tokens[k].text)) k--;
    if (k > from) return trimEnd(tokens, from, k - 1);
  }
  return contentLast;
}

function quoteAfter(tokens: Token[], quotes: Quote[], from: number, sLast: number): [number, number] | null {
  let k = from;
  if (tokens[k]?.text === ',') k++;
  const q = quotes.find((q) => q.open === k);
  if (!q || q.open > sLast + 1) return null;
  return [q.open, q.close];
}

/** Skips the addressee after "told" ("told AFP", "told reporters") and returns the next token index. */
function skipObject(tokens: Token[], cue: Cue, sLast: number, entities: EntityResult): number {
  let k = cue.last + 1;
  const lemma = lemmaOf(tokens[cue.head].lower);
  if (lemma === 'tell' || lemma === 'write' || lemma === 'say') {
    if (lemma !== 'tell' && tokens[k]?.lower !== 'to') return k;
    if (tokens[k]?.lower === 'to') k++;
    const m = entities.mentionAtToken[k];
    if (m >= 0) {
      while (k <= sLast && entities.mentionAtToken[k] === m) k++;
      return k;
    }
    if (tokens[k] && /^(reporters|journalists|me|him|her|them|us|you|the|a|an|local|state|news|parliament|lawmakers|congress|supporters|an?)$/.test(tokens[k].lower)) {
      let j = k;
      while (j <= sLast && tokens[j].isWord && !/^(that|he|she|they|it)$/.test(tokens[j].lower) && j < k + 4) j++;
      return j;
    }
  }
  return k;
}

/** Reads a subject noun phrase that ends at `last`, scanning left. Returns null when none. */
function readSubjectLeft(tokens: Token[], last: number, sFirst: number): [number, number] | null {
  if (last < sFirst) return null;
  // Skip a relative clause or apposition between subject and verb: "X, who ..., said".
  let end = last;
  const t = tokens[end];
  if (!t.isWord && !(t.text === '’s' || t.text === "'s")) return null;
  if (SUBJECT_STOPS.has(t.lower) || t.lower === 'also') return null;
  let first = end;
  for (let k = end - 1; k >= sFirst && k >= end - 12; k--) {
    const x = tokens[k];
    if (x.isWord && SUBJECT_STOPS.has(x.lower) && x.lower !== 'and') break;
    if (x.lower === 'and') {
      // Coordinated subjects: "state media and a Palestinian official".
      if (k - 1 >= sFirst && tokens[k - 1].isWord && !SUBJECT_STOPS.has(tokens[k - 1].lower)) { first = k; continue; }
      break;
    }
    if (!x.isWord && !(x.text === '-' || x.text === '’s' || x.text === "'s" || x.text === '.' && k > sFirst && tokens[k - 1].isWord && tokens[k - 1].text.length <= 3)) break;
    if (x.isWord) {
      const tags = gazetteer().tagsOf(x.lower);
      if (!x.capitalized && tags && tags.every((tag) => /^(VB[DPZ]?|IN|TO|RB)$/.test(tag)) && !/^(of|for|in)$/.test(x.lower)) break;
    }
    first = k;
  }
  while (first <= end && /^(and|of|for|in)$/.test(tokens[first].lower)) first++;
  if (first > end) return null;
  return [first, end];
}

/** Reads a noun phrase starting at `first` up to a clause break or relative pronoun. */
function readNounPhraseRight(tokens: Token[], first: number, sLast: number): [number, number] | null {
  let last = first - 1;
  for (let k = first; k <= sLast && k < first + 14; k++) {
    const x = tokens[k];
    if (CLAUSE_BREAKS.has(x.text) || /^[.!?…"”]$/.test(x.text)) break;
    if (x.isWord && /^(which|who|that|whose|where|when|while|as|because|after|before|on|in|at|said|says|told|and)$/.test(x.lower) && k > first) {
      if (x.lower === 'and' && tokens[k + 1] && (tokens[k + 1].capitalized || /^(the|a|an)$/.test(tokens[k + 1].lower))) { last = k; continue; }
      if ((x.lower === 'in' || x.lower === 'at' || x.lower === 'on') && tokens[k + 1]?.capitalized) break;
      break;
    }
    last = k;
  }
  return last >= first ? [first, last] : null;
}

function tokenIndexAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tokens[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function stripDeterminer(s: string): string {
  return s.replace(/^(the|a|an)\s+/i, '');
}

// ── Source resolution ────────────────────────────────────────────────────────────────────────

function resolveSource(
  text: string,
  tokens: Token[],
  [first, last]: [number, number],
  entities: EntityResult,
  previous: Omit<Attribution, 'claimId'>[],
  descriptions: EntityMention[],
): { entityId: number | null } {
  // A named entity inside the source: the rightmost person, else the rightmost name ("Observatory head Rami Abdel Rahman").
  let person = -1;
  let any = -1;
  for (let k = first; k <= last; k++) {
    const m = entities.mentionAtToken[k];
    if (m < 0) continue;
    any = m;
    if (entities.mentions[m].type === 'person') person = m;
  }
  const chosen = person >= 0 ? person : any;
  if (chosen >= 0) {
    // "the Syrian state media" names no entity: only accept a name that heads the phrase.
    const m = entities.mentions[chosen];
    const tail = tokens.slice(tokenIndexAt(tokens, m.end - 1) + 1, last + 1).filter((t) => t.isWord);
    if (tail.length === 0 || person >= 0) return { entityId: m.entityId };
  }
  const words = tokens.slice(first, last + 1).filter((t) => t.isWord);
  // Pronouns: the most recent fitting source or mention.
  if (words.length === 1 && words[0].lower in PERSONAL_PRONOUNS) {
    const kind = PERSONAL_PRONOUNS[words[0].lower];
    const before = tokens[first].start;
    const wanted = kind === 'male' || kind === 'female' ? 'person' : 'organization';
    for (let a = previous.length - 1; a >= 0; a--) {
      const id = previous[a].sourceEntityId;
      if (id !== null && entities.entities[id].type === wanted) return { entityId: id };
      if (kind === 'plural' && id !== null) return { entityId: id };
    }
    for (let m = entities.mentions.length - 1; m >= 0; m--) {
      const mention = entities.mentions[m];
      if (mention.start < before && mention.type === wanted) return { entityId: mention.entityId };
    }
    return { entityId: null };
  }
  // Descriptions: "a monitor", "the group" → the organization whose name fits the description.
  const head = words[words.length - 1];
  if (head && words.length <= 4 && /^(the|a|an|this)$/.test(words[0].lower) && head.lower in ORGANIZATION_DESCRIPTORS) {
    const fits = ORGANIZATION_DESCRIPTORS[head.lower];
    const orgs = entities.entities.filter((e) => e.type === 'organization');
    const fitting = orgs.filter((e) => e.name.split(/[\s-]+/).some((w) => fits.includes(w)));
    const before = tokens[first].start;
    const recent = [...entities.mentions].reverse().find((m) => m.start < before && m.type === 'organization');
    const target = fitting.length === 1 ? fitting[0] : fitting.find((e) => recent && e.id === recent.entityId) ?? fitting[0] ?? (recent ? entities.entities[recent.entityId] : undefined);
    if (target) {
      const start = tokens[first].start;
      const end = tokens[last].end;
      const mentionText = text.slice(start, end);
      descriptions.push({ start, end, text: mentionText, type: target.type, entityId: target.id, entity: target.name, descriptive: true });
      const alias = mentionText.replace(/^(a|an)\s+/i, 'the ');
      if (!target.aliases.includes(alias)) target.aliases.push(alias);
      return { entityId: target.id };
    }
  }
  return { entityId: null };
}

// Attributions: who said what. Finds reporting cues, then reads the text around each cue in one of the
// shapes news uses: "X said (that) C", "C, X said", "C, said X", "C1, X said, C2", "“C,” X said. “C2”",
// "X, a spokesman for Y, said C", "..., saying C", "according to X", "X said:" before a quoted paragraph,
// and the layouts of transcripts ("NAME: ..."), picture credits ("Image: X.") and sign-offs ("— X").
import type { Attribution, EntityMention, Stance, TextSpan } from './types';
import type { Token } from './tokenize';
import type { EntityResult } from './entities';
import { firstIndexWhere, lastStartingAtOrBefore } from './query';
import { gazetteer } from './lexicon/gazetteer';
import {
  ADJUNCT_STARTERS,
  EVIDENCE_NOUNS,
  PASSIVE_JUDGEMENTS,
  INFINITIVE_GOVERNORS,
  NOMINAL_CUES,
  PHRASAL_ONLY_VERBS,
  STANCE_ADJECTIVES,
  AUDIENCE_WORDS,
  CLAUSE_OPENERS,
  CREDIT_LABELS,
  CUE_AUXILIARIES,
  FINITE_AUXILIARIES,
  LEADING_CONJUNCTIONS,
  NON_SPEAKER_LABELS,
  ORGANIZATION_DESCRIPTORS,
  PARTICIPLE_CUES,
  PERSONAL_PRONOUNS,
  PHRASAL_CUES,
  REPORTING_FORMS,
  REPORTING_VERBS,
  SUBJECT_STOPS,
  extraReportingForms,
  UNCERTAIN_FRAMES,
  VERBS_WITH_ADDRESSEE,
  WEAK_REPORTING_LEMMAS,
  type ReportingKind,
} from './lexicon/reporting';

type Range = [number, number]; // inclusive token indices

interface Cue {
  /** Token range of the cue, auxiliaries and particles included. */
  first: number;
  last: number;
  /** The reporting word itself. */
  head: number;
  lemma: string;
  kind: ReportingKind | 'according' | 'participle' | 'passive' | 'nominal' | 'adjective';
  stance: Stance;
  /** A particle completes the verb ("called for"): the verb is a cue whatever follows. */
  phrasal: boolean;
}

/** A quotation: token indices of its opening and closing marks (a mark may be two tokens: ''). */
interface Quote {
  open: number;
  openEnd: number;
  close: number;
  closeEnd: number;
  /** The quote runs to the end of its paragraph without a closing mark. */
  unterminated: boolean;
}

interface Found {
  cue: Range;
  source: Range | null;
  /** Where to look for the source's entity, when wider than the source span itself. */
  sourceRegion?: Range;
  /** The source is a relative pronoun ("who"): its antecedent ends here. */
  antecedentEnd?: number;
  content: Range[];
  stance: Stance;
}

const OPEN_QUOTES = new Set(['“', '«', '„']);
const CLOSE_QUOTES = new Set(['”', '»']);
const DASHES = new Set(['—', '―', '–', '-', '--']);
const CLAUSE_BREAKS = new Set([',', ';', ':', '(', ')', '—', '–', '―']);
const SENTENCE_END = /^[.!?…]$/;
const DETERMINERS =
  /^(the|a|an|his|her|their|its|our|my|your|this|these|those|such|of|in|on|at|for|with|by|from|about|via|through|during|over|under|per|no|any|some|every|each|one|another|latest|new|recent|so)$/;
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);
/** How far any rule looks back or ahead within a sentence: bounds the work on run-on text. */
const MAX_SCAN = 400;
const WEEKDAYS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)$/;

export interface AttributionResult {
  attributions: Omit<Attribution, 'claimId'>[];
  descriptions: EntityMention[];
}

/** Token-level views of the text that every rule reads. */
class Reader {
  readonly quotes: Quote[];
  readonly quoteOf: Int32Array;
  readonly openAt: Int32Array;
  readonly closeEndAt: Int32Array;
  readonly paragraph: Int32Array;
  readonly sentenceFirst: number[] = [];
  readonly sentenceLast: number[] = [];
  readonly cueAt: Int32Array;

  /** The user's own reporting verbs, by surface form. */
  private readonly extraForms: Map<string, string>;

  constructor(
    readonly text: string,
    readonly tokens: Token[],
    readonly entities: EntityResult,
    extraVerbs: readonly string[],
    wrapped: boolean,
  ) {
    this.extraForms = extraReportingForms(extraVerbs);
    const n = tokens.length;
    this.paragraph = new Int32Array(n);
    // A line break starts a paragraph where it starts a sentence; in text wrapped at a fixed width
    // only blank lines do.
    let p = 0;
    for (let i = 0; i < n; i++) {
      if (
        i > 0 &&
        tokens[i].newlineBefore &&
        (wrapped ? tokens[i].paragraphBefore : tokens[i].sentence !== tokens[i - 1].sentence)
      )
        p++;
      this.paragraph[i] = p;
      const s = tokens[i].sentence;
      if (this.sentenceFirst[s] === undefined) this.sentenceFirst[s] = i;
      this.sentenceLast[s] = i;
    }
    this.quotes = findQuotes(tokens, this.paragraph);
    this.quoteOf = new Int32Array(n).fill(-1);
    this.openAt = new Int32Array(n).fill(-1);
    this.closeEndAt = new Int32Array(n).fill(-1);
    this.quotes.forEach((q, qi) => {
      for (let k = q.open; k <= q.closeEnd; k++) this.quoteOf[k] = qi;
      this.openAt[q.open] = qi;
      if (!q.unterminated) this.closeEndAt[q.closeEnd] = qi;
    });
    this.cueAt = new Int32Array(n).fill(-1);
  }

  sFirst(i: number): number {
    return this.sentenceFirst[this.tokens[i].sentence];
  }
  private readonly headlines = new Map<number, boolean>();
  /** A title-case line ("Senator Says Plan Will Fail"). */
  headline(sentence: number): boolean {
    let known = this.headlines.get(sentence);
    if (known === undefined) this.headlines.set(sentence, (known = this.titleCase(sentence)));
    return known;
  }
  private titleCase(sentence: number): boolean {
    if (this.sentenceLast[sentence] - this.sentenceFirst[sentence] > 60) return false;
    let words = 0;
    let capitalized = 0;
    for (let k = this.sentenceFirst[sentence]; k <= this.sentenceLast[sentence]; k++) {
      const t = this.tokens[k];
      if (!t.isWord || (t.text.length <= 3 && !t.capitalized)) continue;
      words++;
      if (t.capitalized) capitalized++;
    }
    return words >= 3 && capitalized >= words * 0.8;
  }
  sLast(i: number): number {
    return this.sentenceLast[this.tokens[i].sentence];
  }
  /** Inside a quotation, marks excluded. */
  quoted(i: number): boolean {
    const q = this.quoteOf[i];
    return q >= 0 && i > this.quotes[q].openEnd && i < this.quotes[q].close;
  }
  isFinite(i: number): boolean {
    const t = this.tokens[i];
    if (!t || !t.isWord) return false;
    if (FINITE_AUXILIARIES.has(t.lower)) return true;
    if (t.capitalized && i > this.sFirst(i)) return false;
    const tags = gazetteer().tagsOf(t.lower);
    return !!tags && (tags[0] === 'VBD' || tags[0] === 'VBZ' || tags[0] === 'VBP' || tags[0] === 'MD');
  }
  /** A clause starts at `k`: an opener, a quote, or a finite verb within a few words before any break. */
  clauseAt(k: number, limit: number): boolean {
    const t = this.tokens[k];
    if (!t || k > limit) return false;
    if (CLAUSE_OPENERS.has(t.lower) || this.openAt[k] >= 0 || t.text === ':') return true;
    if (/^(to|of|for|about|on|in|at|with|by|from)$/.test(t.lower)) return false;
    for (let j = k + 1; j <= limit && j <= k + 8; j++) {
      const x = this.tokens[j];
      if (this.openAt[j] >= 0 || this.closeEndAt[j] >= 0) continue;
      if (CLAUSE_BREAKS.has(x.text) || SENTENCE_END.test(x.text)) return false;
      if (this.isFinite(j)) return true;
    }
    return false;
  }
  /** The last token of a range without its final punctuation (closing quotes stay). */
  trimEnd(first: number, last: number): number {
    while (last > first && /^[.!?…,;:—–―-]$/.test(this.tokens[last].text)) last--;
    return last;
  }

  /** The word may start a cue: one look-up for the many words that cannot. */
  mayStartCue(lower: string): boolean {
    return CUE_WORDS.has(lower) || this.extraForms.has(lower);
  }

  /** The lemma of a reporting verb form, the user's verbs included. */
  lemma(lower: string): string | undefined {
    return REPORTING_FORMS.get(lower) ?? this.extraForms.get(lower);
  }

  /** How a reporting verb takes its content; the user's verbs report speech. */
  verb(lemma: string): { stance: 'asserts' | 'denies'; kind: ReportingKind } {
    return REPORTING_VERBS.get(lemma) ?? { stance: 'asserts', kind: 'speech' };
  }
}

/** `wrapped`: the text is wrapped at a fixed width, as `isHardWrapped` tells. */
export function findAttributions(
  text: string,
  tokens: Token[],
  entities: EntityResult,
  extraVerbs: readonly string[] = [],
  wrapped: boolean,
): AttributionResult {
  const r = new Reader(text, tokens, entities, extraVerbs, wrapped);
  const cues = findCues(r);
  cues.forEach((c, ci) => {
    for (let k = c.first; k <= c.last; k++) r.cueAt[k] = ci;
  });
  const found: Found[] = [];
  for (let ci = 0; ci < cues.length; ci++) {
    const f = readCue(r, cues, ci, found);
    if (f) found.push(f);
  }
  found.push(...readLayouts(r));
  found.sort((a, b) => a.cue[0] - b.cue[0]);
  dropNested(r, cues, found);
  continueQuotedParagraphs(r, found);

  const out: Omit<Attribution, 'claimId'>[] = [];
  const descriptions: EntityMention[] = [];
  const span = (first: number, last: number): TextSpan => ({
    start: tokens[first].start,
    end: tokens[last].end,
    text: text.slice(tokens[first].start, tokens[last].end),
  });
  for (const f of found) {
    const content = f.content.filter(([a, b]) => a <= b && hasWord(tokens, a, b));
    if (!content.length) continue;
    const contentSpans = content.map(([a, b]) => span(a, b));
    const direct = content.every(([a, b]) => r.quoteOf[a] >= 0 && r.quoteOf[b] >= 0 && (r.openAt[a] >= 0 || r.quoted(a)));
    // "X, who said C": the source is the noun phrase the relative clause hangs on.
    const antecedent =
      f.antecedentEnd !== undefined && f.antecedentEnd >= 0
        ? readSubjectLeft(r, f.antecedentEnd, r.sFirst(f.antecedentEnd))
        : null;
    const resolved = f.source ? resolveSource(r, antecedent ?? f.source, f.sourceRegion, out, descriptions) : null;
    const sourceSpan = f.source ? span(f.source[0], f.source[1]) : null;
    const written = antecedent ? span(antecedent[0], antecedent[1]).text : sourceSpan?.text;
    let name = resolved !== null ? entities.entities[resolved].name : written ? stripDeterminer(written) : 'unnamed source';
    // An unresolved "he"/"she"/"they" speaks for the last source named before it ("The mayor said ... she said").
    if (
      resolved === null &&
      f.source &&
      f.source[0] === f.source[1] &&
      PERSONAL_PRONOUNS.has(tokens[f.source[0]].lower) &&
      PERSONAL_PRONOUNS.get(tokens[f.source[0]].lower) !== 'speaker'
    ) {
      const previous = out
        .slice(-3)
        .reverse()
        .find((x) => x.source && !PERSONAL_PRONOUNS.has(x.source.text.toLowerCase()));
      if (previous && previous.sourceEntityId === null) name = previous.sourceName;
    }
    out.push({
      id: out.length,
      cue: span(f.cue[0], f.cue[1]),
      source: sourceSpan,
      sourceEntityId: resolved,
      sourceName: name,
      content: contentSpans,
      direct,
      stance: f.stance,
    });
  }
  descriptions.sort((a, b) => a.start - b.start);
  return { attributions: out, descriptions };
}

function hasWord(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (tokens[k].isWord || tokens[k].isNumber) return true;
  return false;
}

// ── Quotes ───────────────────────────────────────────────────────────────────────────────────

/** Quotation marks paired within paragraphs; a quote left open runs to its paragraph's end. Nested quotes stay inside the outer one. */
function findQuotes(tokens: Token[], paragraph: Int32Array): Quote[] {
  const quotes: Quote[] = [];
  let open = -1;
  let openEnd = -1;
  let straight = false;
  let depth = 0; // curly quotes nested inside the open one
  const closeOpen = (last: number) => {
    if (open >= 0 && last > openEnd) quotes.push({ open, openEnd, close: last, closeEnd: last, unterminated: true });
    open = -1;
    depth = 0;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && paragraph[i] !== paragraph[i - 1]) closeOpen(i - 1);
    const t = tokens[i].text;
    const twoApostrophes = (t === "'" || t === '’') && tokens[i + 1]?.text === t && !tokens[i + 1].spaceBefore;
    const mark = twoApostrophes ? 2 : t === '"' ? 1 : OPEN_QUOTES.has(t) ? 3 : CLOSE_QUOTES.has(t) ? 4 : 0;
    if (!mark) continue;
    const end = twoApostrophes ? i + 1 : i;
    const after = tokens[end + 1];
    const closingPosition = !tokens[i].spaceBefore && (!after || after.spaceBefore || !after.isWord);
    if (open < 0) {
      // A closing mark used to open ("”Fear." at the start of a paragraph).
      if (
        (mark === 4 && !(tokens[i].spaceBefore || i === 0 || paragraph[i] !== paragraph[i - 1])) ||
        (mark === 4 && closingPosition)
      )
        continue;
      open = i;
      openEnd = end;
      straight = mark === 1 || mark === 2;
    } else if (mark === 3 && !straight) {
      depth++;
    } else if (mark === 4 && !straight && depth > 0) {
      depth--;
    } else if (mark === 4 || ((mark === 1 || mark === 2) && (straight || closingPosition))) {
      quotes.push({ open, openEnd, close: i, closeEnd: end, unterminated: false });
      open = -1;
      depth = 0;
    }
    i = end;
  }
  if (open >= 0) closeOpen(tokens.length - 1);
  return quotes;
}

// ── Cues ─────────────────────────────────────────────────────────────────────────────────────

/** Words a cue can start with: reporting verb forms, "according", nouns and adjectives that introduce content. */
const CUE_WORDS = new Set(['according', ...REPORTING_FORMS.keys(), ...NOMINAL_CUES, ...STANCE_ADJECTIVES.keys()]);
const FIRST_PERSON_SUBJECT = /^(i|we)$/;
const OPINION_VERB = /^(think|suspect|believe|guess)$/;

function findCues(r: Reader): Cue[] {
  const { tokens } = r;
  const gaz = gazetteer();
  const cues: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // Most words can start no cue: one look-up settles them.
    if (!t.isWord || !r.mayStartCue(t.lower)) continue;
    // Inside a quotation only the speaker's own "I think ..." is a cue.
    if (r.quoted(i) && !(FIRST_PERSON_SUBJECT.test(tokens[i - 1]?.lower ?? '') && OPINION_VERB.test(r.lemma(t.lower) ?? '')))
      continue;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      cues.push({ first: i, last: i + 1, head: i, lemma: 'according', kind: 'according', stance: 'asserts', phrasal: true });
      i++;
      continue;
    }
    // "Trump's claim that C", "a Times report that C".
    if (NOMINAL_CUES.has(t.lower) && tokens[i + 1]?.lower === 'that' && r.clauseAt(i + 2, r.sLast(i))) {
      cues.push({
        first: i,
        last: i,
        head: i,
        lemma: t.lower,
        kind: 'nominal',
        stance: /^(denial|rejection)s?$/.test(t.lower) ? 'denies' : 'asserts',
        phrasal: true,
      });
      continue;
    }
    // "X is critical of C", "X was sure that C".
    const introducers = STANCE_ADJECTIVES.get(t.lower);
    if (
      introducers &&
      tokens[i + 1] &&
      (introducers.includes(tokens[i + 1].lower) ||
        (introducers.includes('that') &&
          r.clauseAt(i + 1, r.sLast(i)) &&
          tokens[i + 1].isWord &&
          !/^(to|of|in|for|with|by|about|at|on)$/.test(tokens[i + 1].lower)))
    ) {
      let c = i - 1;
      while (
        c >= 0 &&
        tokens[c].isWord &&
        (/ly$/.test(tokens[c].lower) || /^(very|so|too|more|most|less|not|also|still|deeply|increasingly)$/.test(tokens[c].lower))
      )
        c--;
      if (
        c >= 0 &&
        /^(is|are|was|were|be|been|being|am|'s|’s|'re|’re|seems|seemed|appears|appeared|remains|remained|became|become|becomes|grew|has|have|had)$/.test(
          tokens[c].lower,
        ) &&
        tokens[c].sentence === t.sentence
      ) {
        let first = c;
        while (
          first - 1 >= 0 &&
          tokens[first - 1].isWord &&
          CUE_AUXILIARIES.has(tokens[first - 1].lower) &&
          tokens[first - 1].sentence === t.sentence
        )
          first--;
        const withIntroducer = introducers.includes(tokens[i + 1].lower);
        cues.push({
          first,
          last: withIntroducer ? i + 1 : i,
          head: i,
          lemma: t.lower,
          kind: 'adjective',
          stance: 'asserts',
          phrasal: true,
        });
        if (withIntroducer) i++;
        continue;
      }
    }
    const lemma = r.lemma(t.lower);
    if (!lemma) continue;
    if (
      PHRASAL_ONLY_VERBS.has(lemma) &&
      !PHRASAL_CUES.get(lemma)?.includes(tokens[i + 1]?.lower ?? '') &&
      !(tokens[i + 1]?.lower === 'out' && /^(about|against|on|for)$/.test(tokens[i + 2]?.lower ?? ''))
    )
      continue;
    const info = r.verb(lemma);
    const sFirst = r.sFirst(i);
    // Intentions ("wants to", "plans to") report a stance only before an infinitive that reports nothing itself.
    if (info.kind === 'intent') {
      const to =
        tokens[i + 1]?.lower === 'to' ? i + 1 : tokens[i + 2]?.lower === 'to' && /ly$/.test(tokens[i + 1].lower) ? i + 2 : -1;
      const decidedThat = lemma === 'decide' && r.clauseAt(i + 1, r.sLast(i));
      if (!decidedThat && (to < 0 || !tokens[to + 1]?.isWord || r.lemma(tokens[to + 1].lower) !== undefined)) continue;
    }
    if (t.capitalized && i > sFirst && !(r.openAt[i - 1] >= 0) && !r.headline(t.sentence)) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const prevLower = prev && prev.sentence === t.sentence ? prev.lower : '';
    const ing = t.lower.endsWith('ing') && t.lower !== lemma;
    const participle =
      (ing && prevLower === ',') ||
      (ing &&
        PARTICIPLE_CUES.has(t.lower) &&
        (/^(and|while|before|after|by|without|also|even|then)$/.test(prevLower) ||
          (next && (next.lower === 'that' || r.openAt[i + 1] >= 0 || (next.text === ',' && r.openAt[i + 2] >= 0))) ||
          (!!prev && prev.capitalized && prev.sentence === t.sentence && i - 1 > sFirst)));
    // Nouns that look like verbs ("the claims", "a report", "to the point").
    if (DETERMINERS.test(prevLower) && !participle) continue;
    // "went on to say", "wants to discuss": the governing verb belongs to the cue.
    const governing = prevLower === 'to' ? tokens[i - 2] : undefined;
    const chained =
      !!governing &&
      governing.isWord &&
      !governing.capitalized &&
      (INFINITIVE_GOVERNORS.has(governing.lower) ||
        (/^VB[DZP]?$/.test(gaz.tagsOf(governing.lower)?.[0] ?? '') && !DETERMINERS.test(tokens[i - 3]?.lower ?? '')));
    if (prevLower === 'to' && !chained) continue;
    const bare = t.lower === lemma;
    const tags = gaz.tagsOf(t.lower);
    const pluralSubject =
      !!prev && prev.isWord && ((/s$/.test(prev.lower) && !/ss$/.test(prev.lower)) || r.entities.mentionAtToken[i - 1] >= 0);
    if (
      bare &&
      lemma !== 'say' &&
      lemma !== 'tell' &&
      tags &&
      tags[0].startsWith('NN') &&
      !pluralSubject &&
      !/^(i|we|you|they|to|will|would|could|can|may|might|must|should|did|do|does|not|n't|also)$/.test(prevLower)
    )
      continue;
    // Plural nouns ("claims were false", "reports say") are subjects, not cues.
    if (
      !bare &&
      /s$/.test(t.lower) &&
      !/ss$/.test(t.lower) &&
      next &&
      (FINITE_AUXILIARIES.has(next.lower) || (r.lemma(next.lower) !== undefined && !next.lower.endsWith('s')))
    )
      continue;
    if (ing && !participle && !/^(is|are|was|were|been|be|am|'s|’s|'re|’re|not|also|now|still)$/.test(prevLower)) continue;
    // Fixed phrases: "so-called", "having said that", "needless to say".
    if (
      (prevLower === '-' && tokens[i - 2]?.lower === 'so') ||
      prevLower === 'having' ||
      (prevLower === 'to' && /^(needless|suffice|is|was)$/.test(tokens[i - 2]?.lower ?? '') && /^(say|said)$/.test(t.lower))
    )
      continue;
    // Markup attributes ("<tweet tweet-id=...>") are not words of the text.
    if (
      prevLower === '<' ||
      (next && (next.text === '=' || (next.text === '-' && !next.spaceBefore && tokens[i + 2]?.lower === 'id')))
    )
      continue;
    // Present forms double as nouns ("swing states of", "his comments.", "email server"): they need a subject before and a complement after.
    if ((bare || (/s$/.test(t.lower) && !ing)) && lemma !== 'say' && lemma !== 'tell' && !presentFormFits(r, i)) continue;
    // Passives ("was reported", "is expected") report nothing of a source here.
    let first = i;
    while (
      first - 1 >= sFirst &&
      tokens[first - 1].isWord &&
      (CUE_AUXILIARIES.has(tokens[first - 1].lower) ||
        (/ly$/.test(tokens[first - 1].lower) &&
          !tokens[first - 1].capitalized &&
          gaz.tagsOf(tokens[first - 1].lower)?.[0] === 'RB'))
    )
      first--;
    const auxiliaries = tokens.slice(first, i).map((x) => x.lower);
    // "were twice denied", "was basically told": a form of "be" before the participle, adverbs between.
    let be = i - 1;
    while (
      be > sFirst &&
      be > i - 4 &&
      tokens[be].isWord &&
      !tokens[be].capitalized &&
      (gaz.tagsOf(tokens[be].lower)?.[0] === 'RB' || /ly$/.test(tokens[be].lower))
    )
      be--;
    const passive =
      !ing &&
      !bare &&
      (auxiliaries.some((a) => /^(is|are|was|were|be|been|being)$/.test(a)) ||
        (/^(is|are|was|were|be|been|being|'s|’s)$/.test(tokens[be]?.lower ?? '') &&
          be >= sFirst &&
          !FINITE_AUXILIARIES.has(t.lower)));
    if (passive) {
      // "is supported by X": the source follows "by"; other passives name no source.
      let by = i + 1;
      if (tokens[by] && /ly$/.test(tokens[by].lower)) by++;
      if (tokens[by]?.lower === 'by' && tokens[by + 1] && !tokens[by + 1].lower.endsWith('ing'))
        cues.push({ first, last: by, head: i, lemma, kind: 'passive', stance: info.stance, phrasal: true });
      // "was accused of C", "has been criticized for C": a judgement reported without its source.
      else if (PASSIVE_JUDGEMENTS.has(lemma) && tokens[i + 1] && /^(of|for|as)$/.test(tokens[i + 1].lower)) {
        let start = first;
        while (start - 1 >= sFirst && /^(is|are|was|were|be|been|being|has|have|had|'s|’s)$/.test(tokens[start - 1].lower))
          start--;
        cues.push({ first: start, last: i + 1, head: i, lemma, kind: 'passive', stance: info.stance, phrasal: false });
      }
      continue;
    }
    if (chained) {
      first = i - 2;
      if (governing!.lower === 'on' && tokens[i - 3]?.isWord) first = i - 3;
      while (first - 1 >= sFirst && tokens[first - 1].isWord && CUE_AUXILIARIES.has(tokens[first - 1].lower)) first--;
    }
    let last = i;
    const particles = PHRASAL_CUES.get(lemma);
    const phrasal = !!particles && !!next && particles.includes(next.lower);
    if (phrasal) last = i + 1;
    const frame = tokens.slice(Math.max(sFirst, i - 3), i).map((x) => x.lower);
    const frameText = `${frame[frame.length - 2] ?? ''} ${frame[frame.length - 1] ?? ''}`.trim();
    const auxText = auxiliaries
      .filter((a) => !/ly$/.test(a) && !/^(also|immediately|publicly|still|yet|even|just)$/.test(a))
      .slice(-2)
      .join(' ');
    const uncertain = isUncertainFrame(frameText) || isUncertainFrame(auxText);
    const negated = !uncertain && auxiliaries.some((x) => x === 'not' || x === "n't" || x === 'never');
    const stance: Stance = uncertain
      ? 'uncertain'
      : info.stance === 'denies'
        ? negated
          ? 'asserts'
          : 'denies'
        : negated
          ? 'denies'
          : 'asserts';
    if (
      uncertain &&
      prevLower === 'to' &&
      /^(declined|refused|declines|refuses|decline|refuse)$/.test(tokens[i - 2]?.lower ?? '')
    )
      first = Math.min(first, i - 2);
    cues.push({ first, last, head: i, lemma, kind: participle ? 'participle' : info.kind, stance, phrasal });
    i = last;
  }
  return cues;
}

/** A loop, not a closure: a closure over the loop's variables in findCues would cost an allocation for every word. */
function isUncertainFrame(words: string): boolean {
  for (const re of UNCERTAIN_FRAMES) if (re.test(words)) return true;
  return false;
}

const COMPLEMENT_STARTS =
  /^(that|the|a|an|this|these|those|his|her|their|its|our|my|your|some|any|no|every|all|many|he|she|it|they|we|i|you|him|them|us|me|whether|if|how|why|what|when|where|who|there|not|to)$/;

/** A present-tense reporting verb ("states", "claims", "email") between a subject and its complement. */
function presentFormFits(r: Reader, i: number): boolean {
  const { tokens } = r;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!next || !prev) return false;
  if (prev.text === '’s' || prev.text === "'s" || (prev.text === '’' && !prev.spaceBefore)) return false;
  // "derogatory comments", "disparaging remarks": an adjective before makes a noun.
  if (
    (prev.isWord && !prev.capitalized && /^JJ/.test(gazetteer().tagsOf(prev.lower)?.[0] ?? '')) ||
    (/ing$/.test(prev.lower) && !prev.capitalized)
  )
    return false;
  if (next.text === ':' || r.openAt[i + 1] >= 0 || (next.text === ',' && r.openAt[i + 2] >= 0)) return true;
  if (PERSONAL_PRONOUNS.has(prev.lower)) return true;
  // "..., a narrator asks." / "“C,” the Journal reports."
  if (/^[.,;!?]$/.test(next.text)) {
    const subject = readSubjectLeft(r, i - 1, r.sFirst(i));
    const before = subject ? subject[0] - 1 : -1;
    return (
      !!subject &&
      ((before >= r.sFirst(i) && isBreak(r, before)) || (quoteEndsJustBefore(r, r.sFirst(i)) && before === r.sFirst(i) - 1))
    );
  }
  if (next.isWord && /ing$/.test(next.lower) && !next.capitalized) return true;
  // "Court rules worship is legal": a clause follows.
  if (next.isWord && !next.capitalized && r.clauseAt(i + 1, r.sLast(i)) && !/^(of|to|for|in|on|at|and|or)$/.test(next.lower))
    return true;
  if (PHRASAL_CUES.get(r.lemma(tokens[i].lower) ?? '')?.includes(next.lower)) return true;
  if (next.isNumber || (next.isWord && next.capitalized)) return true;
  if (!next.isWord) return false;
  if (COMPLEMENT_STARTS.test(next.lower)) return true;
  return /ly$/.test(next.lower) && gazetteer().tagsOf(next.lower)?.[0] === 'RB';
}

// ── Reading one cue ──────────────────────────────────────────────────────────────────────────

function readCue(r: Reader, cues: Cue[], ci: number, found: Found[]): Found | null {
  const cue = cues[ci];
  const { tokens } = r;
  const sFirst = r.sFirst(cue.head);
  const sLast = r.sLast(cue.head);
  const base = { cue: [cue.first, cue.last] as Range, stance: cue.stance };
  if (cue.kind === 'according') return readAccordingTo(r, cue, base);

  if (cue.kind === 'nominal') {
    const k = cue.last + 2;
    const end = contentEndForward(r, cues, ci, k, sLast);
    if (end < k) return null;
    // The owner: a possessive ("Trump's claim", "his claim") or a name before the noun ("a Times report").
    let source: Range | null = null;
    let j = cue.first - 1;
    while (
      j >= sFirst &&
      tokens[j].isWord &&
      !tokens[j].capitalized &&
      !/^(his|her|their|its|our|my)$/.test(tokens[j].lower) &&
      gazetteer().tagsOf(tokens[j].lower)?.[0] === 'JJ'
    )
      j--;
    if (j >= sFirst && (tokens[j].text === '’s' || tokens[j].text === "'s" || tokens[j].capitalized))
      source = readSubjectLeft(r, j, sFirst);
    else if (j >= sFirst && /^(his|her|their|its|our|my)$/.test(tokens[j].lower)) source = [j, j];
    return { ...base, source, content: [[k, extendOverQuote(r, k, end)]] };
  }

  if (cue.kind === 'passive') {
    const subject = cue.first - 1 >= sFirst ? readSubjectLeft(r, cue.first - 1, sFirst) : null;
    if (!subject) return null;
    if (!cue.phrasal) {
      const end = contentEndForward(r, cues, ci, cue.last + 1, sLast);
      return end > cue.last ? { ...base, source: null, content: [subject, [cue.last + 1, end]] } : null;
    }
    const source = readNounPhraseRight(r, cue.last + 1, sLast);
    if (!source) return null;
    return { ...base, source, content: [subject] };
  }

  if (cue.kind === 'participle') {
    // "footage of Trump saying, “...”": the name right before the participle speaks.
    const named =
      tokens[cue.first - 1]?.capitalized && r.entities.mentionAtToken[cue.first - 1] >= 0
        ? readSubjectLeft(r, cue.first - 1, sFirst)
        : null;
    const source = named ? { source: named } : mainSubject(r, cue, found);
    if (!source) return null;
    const content = readForward(r, cues, ci, cue.last + 1);
    if (!content) return null;
    return { ...base, ...source, content };
  }

  const left = cue.first - 1;
  const leftToken = left >= sFirst ? tokens[left] : undefined;

  // "X, who said C": the relative pronoun is the source, its antecedent before the comma.
  const relative =
    leftToken &&
    (leftToken.lower === 'who' ||
      leftToken.lower === 'which' ||
      (leftToken.lower === 'that' &&
        !!tokens[left - 1] &&
        tokens[left - 1].isWord &&
        /^NN/.test(gazetteer().tagsOf(tokens[left - 1].lower)?.[0] ?? (tokens[left - 1].capitalized ? 'NNP' : ''))));
  if (relative) {
    const content = readForward(r, cues, ci, cue.last + 1);
    if (!content || !acceptContent(r, cue, content)) return null;
    // "X, who said C, left early": the relative clause ends at the comma before the main verb.
    const [a, b] = content[content.length - 1];
    for (let k = a + 1; k < b; k++) {
      if (
        tokens[k].text === ',' &&
        !r.quoted(k) &&
        (r.isFinite(k + 1) || /^VB[DN]$/.test(gazetteer().tagsOf(tokens[k + 1].lower)?.[0] ?? ''))
      ) {
        content[content.length - 1] = [a, k - 1];
        break;
      }
    }
    return { ...base, source: [left, left], antecedentEnd: tokens[left - 1]?.text === ',' ? left - 2 : left - 1, content };
  }

  // Elided subject: "... and said C", "... but said C".
  if (leftToken && /^(and|but|or|then)$/.test(leftToken.lower)) {
    const source = mainSubject(r, cue, found);
    const content = readForward(r, cues, ci, cue.last + 1);
    if (!source || !content || !acceptContent(r, cue, content, source.source)) return null;
    return { ...base, ...source, content };
  }

  const subject = leftToken ? readSubjectLeft(r, left, sFirst) : null;
  if (subject) {
    const before = subject[0] - 1;
    const breakBefore = (before >= sFirst && isBreak(r, before)) || (quoteEndsJustBefore(r, sFirst) && before === sFirst - 1);
    if (!breakBefore) {
      const content = readForward(r, cues, ci, cue.last + 1);
      if (!content || !acceptContent(r, cue, content, subject)) return null;
      return { ...base, source: subject, content };
    }
    // Something ends before the subject: "C, X said", "C1, X said, C2", or a leading adverbial "In a statement, X said C".
    const after = skipAdjuncts(r, skipObject(r, cue, cue.last + 1, sLast), sLast);
    if (
      after > sLast ||
      SENTENCE_END.test(tokens[after].text) ||
      tokens[after].text === ',' ||
      tokens[after].text === ';' ||
      r.openAt[after] >= 0 ||
      tokens[after].lower === 'who' ||
      tokens[after].lower === 'which'
    ) {
      const leftContent = readLeft(r, before);
      if (!leftContent) return null;
      const afterComma = tokens[after]?.text === ',' ? after + 1 : after;
      // "In a statement, X said, “C”": the adverbial is not content; the quote after is.
      if (
        (/^(in|on|at|after|during|speaking|asked|writing)$/.test(tokens[leftContent[0]].lower) ||
          tokens[leftContent[0]].lower.endsWith('ing')) &&
        !hasFiniteVerb(r, leftContent[0], leftContent[1]) &&
        r.openAt[afterComma] >= 0
      ) {
        return { ...base, source: subject, content: quotesAfter(r, afterComma) };
      }
      const content: Range[] = [leftContent];
      const leadingAdverbial =
        /^(in|on|at|after|before|during|according|speaking|asked|by|from|with|for)$/.test(tokens[leftContent[0]].lower) ||
        tokens[leftContent[0]].lower.endsWith('ing');
      if (
        after <= sLast &&
        tokens[after].text === ',' &&
        r.openAt[afterComma] < 0 &&
        !isNewClauseOpener(r, afterComma) &&
        !hasFiniteVerb(r, leftContent[0], leftContent[1]) &&
        !leadingAdverbial
      ) {
        // "Too often, he said, the debate ..."
        const rest = readForward(r, cues, ci, afterComma);
        if (rest) content.push(...rest);
      } else if (r.closeEndAt[before] >= 0 || r.openAt[afterComma] >= 0) {
        content.push(...quotesAfter(r, afterComma));
      } else if (
        leadingAdverbial &&
        after <= sLast &&
        tokens[after].text === ',' &&
        !hasFiniteVerb(r, leftContent[0], leftContent[1]) &&
        !isNewClauseOpener(r, afterComma)
      ) {
        // "During his years in office, Mr. Obama said, most Americans came to believe ...": the clause after is the content.
        const rest = readForward(r, cues, ci, afterComma);
        if (rest) return { ...base, source: subject, content: rest };
      }
      return { ...base, source: subject, content };
    }
    const content = readForward(r, cues, ci, cue.last + 1);
    if (!content || !acceptContent(r, cue, content, subject)) return null;
    return { ...base, source: subject, content };
  }

  if (!leftToken && cue.first === sFirst && /^(said|says|asked|added|wrote)$/.test(tokens[cue.head].lower)) {
    // "Said Ellis: “C”"
    const np = readNounPhraseRight(r, cue.last + 1, sLast);
    if (!np || !/^[:,]$/.test(tokens[np[1] + 1]?.text ?? '')) return null;
    const content = readForward(r, cues, ci, np[1] + 2);
    return content ? { ...base, source: np, content } : null;
  }
  if (!leftToken && quoteEndsJustBefore(r, sFirst) && left === sFirst - 1) {
    // "“Who knew?” said X." split after the question mark.
    const np = readNounPhraseRight(r, cue.last + 1, sLast);
    const leftContent = np && readLeft(r, left);
    if (!np || !leftContent) return null;
    return { ...base, source: np, content: [leftContent, ...quotesAfter(r, np[1] + 1)] };
  }
  if (leftToken && (leftToken.text === '--' || leftToken.text === '—' || leftToken.text === '–' || leftToken.text === '-')) {
    // "X -- a co-author of the study -- said C"
    const region = clauseSubjectRegion(r, sFirst, left - 1, true);
    const content = region && readForward(r, cues, ci, cue.last + 1);
    if (!region || !content || !acceptContent(r, cue, content, region?.all)) return null;
    return { ...base, source: region.head, sourceRegion: region.all, content };
  }
  if (!leftToken || !isBreak(r, left)) return null;
  // "C, said X" / "“C,” said X, a ..."
  const np = readNounPhraseRight(r, cue.last + 1, sLast);
  // Only verbs of saying invert ("C, said X"); "X, a lawyer, called for C" keeps its order.
  const inverts = cue.kind === 'speech' && !VERBS_WITH_ADDRESSEE.has(cue.lemma) && !cue.phrasal && leftIsContent(r, sFirst, left);
  if (
    np &&
    inverts &&
    !/^(that|it|this|there|as|if|when|because|while|though|although|after|before|since|at|in|on|to|for|with|from|during|by|of|about|me|us|him|her|them|you)$/.test(
      tokens[np[0]].lower,
    )
  ) {
    const after = np[1] + 1;
    let endsHere =
      after > sLast ||
      SENTENCE_END.test(tokens[after].text) ||
      /^[,(;]$/.test(tokens[after].text) ||
      RELATIVE_PRONOUNS.has(tokens[after].lower) ||
      r.openAt[after] >= 0;
    // "said one source on the panel." — a prepositional tail before the end.
    if (!endsHere && /^(on|at|in|for|with|of|from|to)$/.test(tokens[after].lower)) {
      let e = after + 1;
      while (
        e <= sLast &&
        e < after + 10 &&
        !CLAUSE_BREAKS.has(tokens[e].text) &&
        !SENTENCE_END.test(tokens[e].text) &&
        !r.isFinite(e)
      )
        e++;
      endsHere = e > sLast || CLAUSE_BREAKS.has(tokens[e].text) || SENTENCE_END.test(tokens[e].text);
    }
    if (endsHere && !hasFiniteVerb(r, np[0], np[1])) {
      const leftContent = readLeft(r, left);
      if (!leftContent) return null;
      const content = [leftContent];
      if (r.closeEndAt[left] >= 0 || r.closeEndAt[left - 1] >= 0) {
        let k = after;
        // Skip the apposition to reach a continuing quote: "“C,” said X, a spokesman. “C2.”"
        while (k <= sLast && r.openAt[k] < 0) k++;
        content.push(...quotesAfter(r, k <= sLast ? k : sLast + 1));
      }
      return { ...base, source: np, content };
    }
  }
  // "“C,” X, a spokesman for Y, said." — the quote, then the source with its apposition.
  const afterCue = skipAdjuncts(r, skipObject(r, cue, cue.last + 1, sLast), sLast);
  if (
    afterCue > sLast ||
    SENTENCE_END.test(tokens[afterCue].text) ||
    (tokens[afterCue].text === ',' && r.openAt[afterCue + 1] >= 0)
  ) {
    let q = left - 1;
    while (q >= sFirst && r.closeEndAt[q] < 0 && !(tokens[q].text === ',' && r.closeEndAt[q - 1] >= 0)) q--;
    if (q >= sFirst) {
      const quoteEnd = tokens[q].text === ',' ? q - 1 : q;
      const sourceStart = tokens[quoteEnd + 1].text === ',' ? quoteEnd + 2 : quoteEnd + 1;
      const head = readNounPhraseRight(r, sourceStart, left - 1);
      const leftContent = readLeft(r, quoteEnd);
      if (head && leftContent)
        return {
          ...base,
          source: head,
          sourceRegion: [sourceStart, left - 1],
          content: [leftContent, ...quotesAfter(r, afterCue)],
        };
    }
  }
  // "X, a spokesman for Y, said C" / "X, who ..., said C"
  const region = clauseSubjectRegion(r, sFirst, left - 1);
  if (!region) return null;
  const content = readForward(r, cues, ci, cue.last + 1);
  if (!content || !acceptContent(r, cue, content, region.all)) return null;
  return { ...base, source: region.head, sourceRegion: region.all, content };
}

function readAccordingTo(r: Reader, cue: Cue, base: { cue: Range; stance: Stance }): Found | null {
  const { tokens } = r;
  const sFirst = r.sFirst(cue.head);
  const sLast = r.sLast(cue.head);
  const source = readNounPhraseRight(r, cue.last + 1, sLast, true);
  if (!source) return null;
  const contentLast = r.trimEnd(sFirst, sLast);
  const before = cue.first - 1;
  const start = contentStart(r, sFirst, cue.first);
  if (before >= sFirst && before > start) {
    const end = r.trimEnd(start, before);
    // "C, according to X, C2" keeps both sides.
    const content: Range[] = [[start, end]];
    const k = source[1] + 1;
    if (tokens[k]?.text === ',' && k < contentLast && !isNewClauseOpener(r, k + 1) && !hasFiniteVerb(r, start, end))
      content.push([k + 1, contentLast]);
    return { ...base, source, content };
  }
  let k = source[1] + 1;
  if (tokens[k]?.text === ',') k++;
  if (k > contentLast) return null;
  return { ...base, source, content: [[k, extendOverQuote(r, k, contentLast)]] };
}

/**
 * What precedes "..., said X" is content when it is a quote or has a verb of its own outside a relative clause;
 * "X, a lawyer for Y, said C" has only a name and its apposition there.
 */
function leftIsContent(r: Reader, sFirst: number, left: number): boolean {
  if (r.closeEndAt[left] >= 0 || r.closeEndAt[left - 1] >= 0 || r.quoted(left - 1)) return true;
  let relative = false;
  for (let k = Math.max(sFirst, left - MAX_SCAN); k < left; k++) {
    const t = r.tokens[k];
    if (t.text === ',') relative = false;
    else if (RELATIVE_PRONOUNS.has(t.lower) || t.lower === 'whose' || t.lower === 'whom') relative = true;
    else if (!relative && r.isFinite(k)) return true;
  }
  return false;
}

/** The previous sentence, in the same paragraph, ends with a closing quotation mark. */
function quoteEndsJustBefore(r: Reader, sFirst: number): boolean {
  const k = sFirst - 1;
  if (k < 0 || r.closeEndAt[k] < 0 || r.paragraph[k] !== r.paragraph[sFirst]) return false;
  // Only a question or exclamation splits "“Why?” he asked."; "“We won.” He smiled." are two sentences.
  const q = r.quotes[r.closeEndAt[k]];
  const inner = r.tokens[q.close - 1];
  return !!inner && /^[?!—–-]$/.test(inner.text);
}

/** The break before a subject: a comma, a closing quote, or a colon. */
function isBreak(r: Reader, i: number): boolean {
  const t = r.tokens[i];
  return t.text === ',' || r.closeEndAt[i] >= 0 || CLOSE_QUOTES.has(t.text);
}

function isNewClauseOpener(r: Reader, k: number): boolean {
  const t = r.tokens[k];
  if (!t) return true;
  return (
    PARTICIPLE_CUES.has(t.lower) ||
    /^(who|which|whose|where|as|while|because|after|before|since|although|though|adding|according|but|and|in|on|at|with|when|if|than)$/.test(
      t.lower,
    ) ||
    t.lower.endsWith('ing')
  );
}

function hasFiniteVerb(r: Reader, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (!r.quoted(k) && r.isFinite(k)) return true;
  return false;
}

/** Content of weak verbs and verbs of thought must be a clause or a quote; "found the body" reports nothing. */
function acceptContent(r: Reader, cue: Cue, content: Range[], source?: Range | null): boolean {
  const weak = cue.kind === 'thought' || (WEAK_REPORTING_LEMMAS.has(cue.lemma) && !cue.phrasal);
  if (!weak) return true;
  // "Polls show a close race", "the study found 31 cases": evidence shows whatever follows.
  if (source && /^(show|find|reveal|suggest|indicate|project|record)$/.test(cue.lemma)) {
    for (let k = source[0]; k <= source[1]; k++) if (EVIDENCE_NOUNS.has(r.tokens[k].lower)) return true;
  }
  const [a] = content[0];
  const k = cue.last + 1;
  const t = r.tokens[k];
  if (!t) return false;
  if (t.lower === 'that' || t.text === ':' || r.openAt[k] >= 0 || (r.openAt[k + 1] >= 0 && t.text === ',')) return true;
  if (
    cue.kind === 'thought' ||
    cue.lemma === 'find' ||
    cue.lemma === 'show' ||
    cue.lemma === 'learn' ||
    cue.lemma === 'conclude' ||
    cue.lemma === 'rule' ||
    cue.lemma === 'read'
  )
    return r.clauseAt(a, r.sLast(a));
  const words = (from: number, n: number) => (r.tokens[from] ? r.tokens.slice(from, Math.min(from + n, r.sLast(from) + 1)) : []);
  // "called the plan a disaster", "called him “reckless”": naming, not phoning.
  if (cue.lemma === 'call')
    return (
      content.some(([x, y]) => {
        for (let j = x; j <= y; j++) if (r.openAt[j] >= 0) return true;
        return false;
      }) || words(a + 1, 8).some((w, j) => /^(a|an)$/.test(w.lower) || (j > 0 && gazetteer().tagsOf(w.lower)?.[0] === 'JJ'))
    );
  if (cue.lemma === 'ask' || cue.lemma === 'question')
    return (
      CLAUSE_OPENERS.has(r.tokens[a].lower) ||
      r.openAt[a] >= 0 ||
      words(a, 6).some((w) => w.lower === 'to') ||
      r.tokens[a].lower === 'about'
    );
  if (r.tokens[a].lower === 'to' && /^(agree|promise|pledge|vow|threaten|offer|decide|plan|hope|refuse|decline)$/.test(cue.lemma))
    return true;
  return r.clauseAt(a, r.sLast(a));
}

// ── Content ──────────────────────────────────────────────────────────────────────────────────

/** Content that follows the cue: a quote (over several sentences), a clause to the end of the sentence, or the next paragraph. */
function readForward(r: Reader, cues: Cue[], ci: number, from: number): Range[] | null {
  const { tokens } = r;
  const cue = cues[ci];
  const sLast = r.sLast(cue.head);
  let k = cue.kind === 'intent' ? from : skipAdjuncts(r, skipObject(r, cue, from, sLast), sLast);
  // "responded with logic", "cited by the report": a verb followed by a preposition reports nothing.
  if (
    !cue.phrasal &&
    tokens[k] &&
    /^(by|with|of|from|into|under|like)$/.test(tokens[k].lower) &&
    !(tokens[k].lower === 'by' && tokens[k + 1]?.isNumber)
  )
    return null;
  let colon = false;
  while (
    k <= sLast &&
    (tokens[k].text === ':' || tokens[k].text === ',' || (tokens[k].lower === 'that' && cue.kind !== 'object'))
  ) {
    if (tokens[k].text === ':') colon = true;
    // "After the union objected, the case ..." — a comma after the cue ends its clause unless a quote follows.
    if (tokens[k].text === ',' && r.openAt[k + 1] < 0 && tokens[k + 1]?.lower !== 'that' && k === from) return null;
    k++;
  }
  // "X said:" closing a paragraph introduces the next one.
  if (k > sLast || (colon && tokens[k] && r.paragraph[k] !== r.paragraph[cue.head])) {
    if (!colon || !tokens[k] || r.paragraph[k] !== r.paragraph[cue.head] + 1) return null;
    const q = r.openAt[k];
    if (q >= 0 && r.quotes[q].closeEnd >= r.sLast(k)) return [[k, r.quotes[q].closeEnd]];
    let end = k;
    while (end + 1 < tokens.length && r.paragraph[end + 1] === r.paragraph[k]) end++;
    return [[k, r.trimEnd(k, end)]];
  }
  const q = r.openAt[k];
  if (q >= 0) {
    const quote = r.quotes[q];
    const end = quote.closeEnd;
    const next = tokens[end + 1];
    if (next && next.isWord && next.sentence === tokens[end].sentence && r.cueAt[end + 1] < 0)
      return [[k, contentEndForward(r, cues, ci, end + 1, r.sLast(end + 1))]];
    return [[k, end]];
  }
  let end = contentEndForward(r, cues, ci, k, sLast);
  if (end < k) return null;
  // "The church denied the allegations:" closing a paragraph: the next paragraph says what it said.
  const colonAt = end + 1;
  if (tokens[colonAt]?.text === ':' && tokens[colonAt + 1] && r.paragraph[colonAt + 1] === r.paragraph[colonAt] + 1) {
    const next = colonAt + 1;
    let last = next;
    while (last + 1 < tokens.length && r.paragraph[last + 1] === r.paragraph[next]) last++;
    return [[next, r.trimEnd(next, last)]];
  }
  // The object of "attacked", "criticized", "mentioned" ends before a time adjunct or a new clause.
  if (cue.kind === 'object' || cue.kind === 'adjective') {
    for (let j = k + 1; j <= end; j++) {
      const t = tokens[j];
      if (r.openAt[j] >= 0) break;
      if (
        /^(since|during|after|before|amid|while|when|until|because)$/.test(t.lower) ||
        (t.text === ',' && j > k + 1 && !r.quoted(j))
      ) {
        end = r.trimEnd(k, j - 1);
        break;
      }
    }
  }
  return [[k, extendOverQuote(r, k, end)]];
}

/** Content that ends before a break token: the quote that closes there, or the clause back to the sentence start. */
function readLeft(r: Reader, breakToken: number): Range | null {
  const { tokens } = r;
  let b = breakToken;
  if (tokens[b].text === ',' && b > 0 && r.closeEndAt[b - 1] >= 0) b--;
  const q = r.closeEndAt[b];
  if (q >= 0) {
    const quote = r.quotes[q];
    // Text before the quote in its sentence belongs to the content too: "Acts of protest ''are patriotic,'' he said."
    const sFirst = r.sFirst(quote.open);
    let start = quote.open;
    if (quote.open > sFirst && !CLAUSE_BREAKS.has(tokens[quote.open - 1].text) && r.cueAt[quote.open - 1] < 0) {
      let k = quote.open - 1;
      while (k > sFirst && k > quote.open - MAX_SCAN && r.cueAt[k] < 0 && r.closeEndAt[k - 1] < 0) k--;
      if (r.cueAt[k] < 0) start = contentStart(r, k, quote.open);
    }
    return [start, quote.closeEnd];
  }
  const sFirst = Math.max(r.sFirst(breakToken), breakToken - MAX_SCAN);
  let start = contentStart(r, sFirst, breakToken);
  // Stop at an earlier cue's clause in the same sentence ("X said C1, and C2, he added").
  for (let k = breakToken - 1; k > start; k--) {
    if (tokens[k].text === ';') {
      start = k + 1;
      break;
    }
  }
  const end = contentEndBefore(r, breakToken);
  if (end < start) return null;
  return [start, end];
}

/** Content starts after a dateline ("Beirut, May 20:", "WASHINGTON —") or a leading colon. */
function contentStart(r: Reader, sFirst: number, limit: number): number {
  const { tokens } = r;
  for (let k = sFirst; k < limit && k < sFirst + 12; k++) {
    if (r.quoted(k)) break;
    if (tokens[k].text === ':' || (DASHES.has(tokens[k].text) && k < sFirst + 6 && tokens[k].spaceBefore)) {
      if (k + 1 < limit) return k + 1;
    }
  }
  return sFirst;
}

function contentEndBefore(r: Reader, breakToken: number): number {
  const { tokens } = r;
  if (CLOSE_QUOTES.has(tokens[breakToken].text) || r.closeEndAt[breakToken] >= 0) return breakToken;
  let k = breakToken - 1;
  while (k > 0 && /^[,;:]$/.test(tokens[k].text)) k--;
  return k;
}

/** Forward content ends at the sentence end, or where the next cue's clause begins ("..., adding that ..."). */
function contentEndForward(r: Reader, cues: Cue[], ci: number, from: number, sLast: number): number {
  const { tokens } = r;
  let last = r.trimEnd(from, sLast);
  for (let cj = ci + 1; cj < cues.length && cues[cj].first <= last; cj++) {
    const next = cues[cj];
    if (next.first <= from) continue;
    if (r.quoted(next.head)) continue;
    if (next.kind === 'participle' || next.kind === 'according') {
      let k = next.first - 1;
      while (k > from && /^[,;]$/.test(tokens[k].text)) k--;
      if (k >= from) last = k;
      break;
    }
    // Back over the next clause's subject and its conjunction: "..., but said ..." / "... and he added ...".
    let k = next.first - 1;
    while (k > from && !/^[,;]$/.test(tokens[k].text) && !/^(and|but)$/.test(tokens[k].lower)) k--;
    if (
      k > from &&
      (tokens[k].text === ';' ||
        (/^(and|but)$/.test(tokens[k].lower) && next.first - k <= 4) ||
        (tokens[k].text === ',' && next.first - k <= 6 && r.closeEndAt[k - 1] < 0))
    ) {
      let e = k - 1;
      while (e > from && /^[,;]$/.test(tokens[e].text)) e--;
      last = e;
    }
    break;
  }
  return last;
}

/** Content that opens a quote running past the sentence end takes the whole quote. */
function extendOverQuote(r: Reader, first: number, last: number): number {
  let end = last;
  for (let k = first; k <= last; k++) {
    const q = r.openAt[k];
    if (q >= 0 && r.quotes[q].closeEnd > end && r.quotes[q].closeEnd - last < 200) end = r.quotes[q].closeEnd;
  }
  return end;
}

/** Quotes that continue the speaker's words after the cue: ", “C2”" and following sentences that are all quote. */
function quotesAfter(r: Reader, from: number): Range[] {
  const { tokens } = r;
  const out: Range[] = [];
  let k = from;
  if (tokens[k]?.text === ',') k++;
  while (k < tokens.length && SENTENCE_END.test(tokens[k].text)) k++;
  const paragraph =
    tokens[k] && from < tokens.length && r.paragraph[k] === r.paragraph[Math.min(from, tokens.length - 1)] ? r.paragraph[k] : -1;
  while (k < tokens.length && r.paragraph[k] === paragraph) {
    const q = r.openAt[k];
    if (q < 0) break;
    const quote = r.quotes[q];
    // A quote followed by its own cue belongs to that cue.
    const after = quote.closeEnd + 1;
    if (
      after < tokens.length &&
      r.paragraph[after] === paragraph &&
      tokens[after].sentence === tokens[quote.closeEnd].sentence &&
      !SENTENCE_END.test(tokens[after].text)
    ) {
      const s = tokens[after].sentence;
      for (let j = after; j < tokens.length && j < after + MAX_SCAN && tokens[j].sentence === s; j++)
        if (r.cueAt[j] >= 0) return out;
    }
    out.push([quote.open, quote.closeEnd]);
    k = after;
    while (k < tokens.length && SENTENCE_END.test(tokens[k].text)) k++;
  }
  return out;
}

/** Skips the addressee after "told", "urged", "accused" ("told AFP", "told reporters on Friday"). */
function skipObject(r: Reader, cue: Cue, from: number, sLast: number): number {
  const { tokens, entities } = r;
  if (!VERBS_WITH_ADDRESSEE.has(cue.lemma) || cue.phrasal) return from;
  let k = from;
  if (tokens[k]?.lower === 'to' && cue.lemma !== 'tell') return k;
  const start = k;
  while (k <= sLast && k < start + 8) {
    const t = tokens[k];
    const m = entities.mentionAtToken[k];
    if (m >= 0) {
      while (k <= sLast && entities.mentionAtToken[k] === m) k++;
      continue;
    }
    if (
      !t.isWord ||
      CLAUSE_OPENERS.has(t.lower) ||
      /^(to|of|for|about|on|in|at|during|after|with)$/.test(t.lower) ||
      (PERSONAL_PRONOUNS.has(t.lower) && k > start) ||
      r.isFinite(k)
    )
      break;
    if (!(
      t.capitalized ||
      AUDIENCE_WORDS.has(t.lower) ||
      /^(the|a|an|his|her|their|its|our|my|your|local|state|national|news|fellow|senior|top|some|several|many|two|three|other)$/.test(
        t.lower,
      ) ||
      (k > start && !r.isFinite(k) && (gazetteer().tagsOf(t.lower)?.[0] ?? 'NN').startsWith('NN'))
    ))
      break;
    k++;
  }
  // "accused X of C": the content follows "of".
  if (cue.lemma === 'accuse' && tokens[k]?.lower === 'of') return k + 1;
  return k;
}

/** Skips a time or manner adjunct before the content: "said Friday", "said in a statement that", "told CNN on Sunday:". */
function skipAdjuncts(r: Reader, from: number, sLast: number): number {
  const { tokens } = r;
  const k = from;
  const t = tokens[k];
  if (!t || k > sLast) return k;
  if (!ADJUNCT_STARTERS.has(t.lower)) return k;
  // "pledged to remain civil" is content, "said to reporters" an adjunct.
  if (t.lower === 'to') {
    const n = tokens[k + 1];
    const addressee =
      !!n &&
      (n.capitalized ||
        AUDIENCE_WORDS.has(n.lower) ||
        /^(the|a|an|his|her|their|its|our|my|your|this|that|these|those|some|several|local|state|national)$/.test(n.lower));
    if (!addressee) return k;
  }
  // A run of time words alone: "said Friday night".
  let j = k;
  while (
    j <= sLast &&
    (WEAKDAY(tokens[j].lower) ||
      /^(night|morning|afternoon|evening|last|this|week|month|year|earlier|later|again|also|publicly|privately|previously|separately|recently)$/.test(
        tokens[j].lower,
      ))
  )
    j++;
  if (
    j > k &&
    (j > sLast ||
      (tokens[j].lower !== 'in' && tokens[j].lower !== 'on' && tokens[j].lower !== 'at' && tokens[j].lower !== 'during'))
  )
    return j;
  // A prepositional adjunct up to a comma, "that", a colon or a quote, without a verb of its own.
  for (let e = k; e <= sLast && e < k + 14; e++) {
    const x = tokens[e];
    if (x.text === ',' || x.text === ':' || x.lower === 'that' || r.openAt[e] >= 0) return e > k ? e : k;
    if (SENTENCE_END.test(x.text)) return e;
    if (e > k && r.isFinite(e)) return k;
  }
  return k;
}

function WEAKDAY(lower: string): boolean {
  return WEEKDAYS.test(lower);
}

// ── Sources ──────────────────────────────────────────────────────────────────────────────────

/** Reads a subject noun phrase that ends at `last`, scanning left. Returns null when none. */
function readSubjectLeft(r: Reader, last: number, sFirst: number): Range | null {
  const { tokens } = r;
  let end = last;
  // "Rep. Jane Roe (D-Ohio) said": skip the parenthesis.
  if (tokens[end].text === ')') {
    let k = end - 1;
    while (k > sFirst && k > end - 10 && tokens[k].text !== '(') k--;
    if (k < sFirst || tokens[k].text !== '(' || k - 1 < sFirst) return null;
    end = k - 1;
  }
  // "Clinton on Friday said".
  while (
    end > sFirst &&
    (WEEKDAYS.test(tokens[end].lower) || /^(night|morning|afternoon|evening)$/.test(tokens[end].lower)) &&
    tokens[end - 1].isWord
  ) {
    end--;
    if (/^(on|last|this)$/.test(tokens[end].lower)) end--;
  }
  const t = tokens[end];
  if (!t || end < sFirst) return null;
  if (!t.isWord && !(t.text === '’s' || t.text === "'s")) return null;
  if (PERSONAL_PRONOUNS.has(t.lower) || t.lower === 'you') return [end, end];
  if (r.quoted(end)) return null;
  if (SUBJECT_STOPS.has(t.lower) || t.lower === 'also' || t.lower === 'to') return null;
  if (!t.capitalized && r.isFinite(end) && !PERSONAL_PRONOUNS.has(t.lower)) return null;
  let first = end;
  for (let k = end - 1; k >= sFirst && k >= end - 12; k--) {
    const x = tokens[k];
    if (r.quoted(k) || r.closeEndAt[k] >= 0) break;
    if (x.isWord && SUBJECT_STOPS.has(x.lower) && x.lower !== 'and') break;
    if (x.lower === 'and') {
      // Coordinated subjects: "state media and a Palestinian official".
      if (k - 1 >= sFirst && tokens[k - 1].isWord && !SUBJECT_STOPS.has(tokens[k - 1].lower) && !r.isFinite(k - 1)) {
        first = k;
        continue;
      }
      break;
    }
    const abbreviationDot =
      x.text === '.' &&
      k > sFirst &&
      tokens[k - 1].isWord &&
      tokens[k - 1].text.length <= 4 &&
      tokens[k - 1].capitalized &&
      !x.spaceBefore;
    if (!x.isWord && !(x.text === '-' || x.text === '’s' || x.text === "'s" || x.text === '&' || abbreviationDot)) break;
    if (x.isWord && !x.capitalized) {
      if (r.isFinite(k) && !PERSONAL_PRONOUNS.has(x.lower)) break;
      const tags = gazetteer().tagsOf(x.lower);
      const linksName = /^(of|for|in|at|from|on|to)$/.test(x.lower) && tokens[k + 1]?.capitalized;
      if (
        tags &&
        tags.every((tag) => /^(VB[DPZ]?|IN|TO|RB|MD|WDT|WP|CC)$/.test(tag)) &&
        !/^(of|for|in|at|from|on)$/.test(x.lower) &&
        !linksName
      )
        break;
    }
    first = k;
  }
  while (first <= end && /^(and|of|for|in|at|from|on|by|with|to|as|than|-)$/.test(tokens[first].lower)) first++;
  while (first < end && LEADING_CONJUNCTIONS.has(tokens[first].lower) && !tokens[first].capitalized) first++;
  while (first < end && /^(but|and|so|yet|however|meanwhile|instead|still|now|then)$/.test(tokens[first].lower)) first++;
  if (first > end) return null;
  return [first, end];
}

/** Reads a noun phrase starting at `first` up to a clause break or relative pronoun. */
function readNounPhraseRight(r: Reader, first: number, sLast: number, allowFinite = false): Range | null {
  const { tokens } = r;
  let last = first - 1;
  for (let k = first; k <= sLast && k < first + 14; k++) {
    const x = tokens[k];
    const abbreviationDot =
      x.text === '.' &&
      !x.spaceBefore &&
      k > first &&
      tokens[k - 1].isWord &&
      tokens[k - 1].capitalized &&
      tokens[k - 1].text.length <= 4 &&
      tokens[k + 1]?.capitalized &&
      k < sLast;
    if (abbreviationDot) {
      last = k;
      continue;
    }
    if (
      CLAUSE_BREAKS.has(x.text) ||
      SENTENCE_END.test(x.text) ||
      r.openAt[k] >= 0 ||
      r.closeEndAt[k] >= 0 ||
      x.text === '"' ||
      (x.text === '-' && x.spaceBefore)
    )
      break;
    if (x.isWord && k > first) {
      if (/^(which|who|that|whose|where|when|while|as|because|after|before|said|says|told|if)$/.test(x.lower)) break;
      if (/^(in|at|on|during|to)$/.test(x.lower)) break;
      if (
        x.lower === 'and' &&
        !(tokens[k + 1] && (tokens[k + 1].capitalized || /^(the|a|an|other|several|some)$/.test(tokens[k + 1].lower)))
      )
        break;
      if (!allowFinite && !x.capitalized && (r.isFinite(k) || /^VB[DN]$/.test(gazetteer().tagsOf(x.lower)?.[0] ?? ''))) break;
    }
    last = k;
  }
  return last >= first ? [first, last] : null;
}

/** The subject at the start of the clause ending at `last`: "But X, a spokesman for Y," → X (head) and the whole region. */
function clauseSubjectRegion(r: Reader, sFirst: number, last: number, dashed = false): { head: Range; all: Range } | null {
  const { tokens } = r;
  let k = dashed ? sFirst : contentStart(r, sFirst, last);
  if (r.closeEndAt[last] >= 0 || r.quoted(last)) return null;
  while (k <= last && LEADING_CONJUNCTIONS.has(tokens[k].lower)) k++;
  // Skip leading adverbials: "In a statement, ...", "On Friday, ...".
  for (let guard = 0; guard < 3 && k <= last; guard++) {
    const t = tokens[k];
    if (!t.isWord) {
      k++;
      continue;
    }
    const adverbial =
      /^(in|on|at|after|before|during|for|with|without|since|from|as|while|when|although|though|because|if|last|earlier|later|meanwhile|however|separately|still|speaking|asked|writing|according|like|unlike|despite|under|by)$/.test(
        t.lower,
      ) || WEEKDAYS.test(t.lower);
    if (!adverbial) break;
    let c = k;
    while (c <= last && c < k + 40 && tokens[c].text !== ',') c++;
    if (c >= last || tokens[c].text !== ',') return null;
    k = c + 1;
  }
  if (k > last) return null;
  const head = readNounPhraseRight(r, k, last);
  if (!head) return null;
  // The region must reach the comma before the cue through appositions only, not through a clause.
  return { head, all: [head[0], last] };
}

/** The subject of the main clause, for participles (", saying ...") and elided subjects ("and said ..."). */
function mainSubject(
  r: Reader,
  cue: Cue,
  found: Found[],
): { source: Range; sourceRegion?: Range; antecedentEnd?: number } | null {
  const sentence = r.tokens[cue.head].sentence;
  for (let a = found.length - 1; a >= 0; a--) {
    const f = found[a];
    if (r.tokens[f.cue[0]].sentence !== sentence) break;
    if (f.source && f.cue[0] < cue.first)
      return { source: f.source, sourceRegion: f.sourceRegion, antecedentEnd: f.antecedentEnd };
  }
  const sFirst = r.sFirst(cue.head);
  const k = contentStart(r, sFirst, cue.first);
  if (r.quoted(k) || r.openAt[k] >= 0) return null;
  const region = clauseSubjectRegion(r, k, cue.first - 1);
  if (!region) return null;
  // The subject must be followed by its verb: "Trump bemoaned ..." not "In 2012, ...".
  const after = region.head[1] + 1;
  const verbAfter = r.isFinite(after) || /^VB[DN]$/.test(gazetteer().tagsOf(r.tokens[after].lower)?.[0] ?? '');
  if (
    after >= cue.first ||
    !(
      verbAfter ||
      r.tokens[after].text === ',' ||
      CUE_AUXILIARIES.has(r.tokens[after].lower) ||
      /ly$/.test(r.tokens[after].lower)
    )
  )
    return null;
  return { source: region.head };
}

// ── Layouts ──────────────────────────────────────────────────────────────────────────────────

/** Attributions given by layout: "NAME: words" paragraphs, "Image: NAME." credits, "— NAME" sign-offs. */
function readLayouts(r: Reader): Found[] {
  const { tokens, entities } = r;
  const out: Found[] = [];
  const paragraphEnd = (i: number) => {
    let e = i;
    while (e + 1 < tokens.length && r.paragraph[e + 1] === r.paragraph[i]) e++;
    return e;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && r.paragraph[i] === r.paragraph[i - 1]) continue;
    const end = paragraphEnd(i);
    // "NAME: words" — a speaker label at the start of a paragraph (transcripts, headlines).
    const labelStart = r.openAt[i] >= 0 && r.quotes[r.openAt[i]].openEnd < end ? r.quotes[r.openAt[i]].openEnd + 1 : i;
    let c = labelStart;
    while (
      c <= end &&
      c < labelStart + 5 &&
      tokens[c].text !== ':' &&
      (tokens[c].isWord || tokens[c].text === '.' || tokens[c].text === '-')
    )
      c++;
    if (c > labelStart && c < end && tokens[c].text === ':' && !tokens[c + 1].newlineBefore && !/^\d/.test(tokens[c + 1].text)) {
      const label = tokens.slice(labelStart, c).filter((t) => t.isWord);
      const named =
        label.length > 0 &&
        label.every((t) => t.capitalized || t.allCaps) &&
        !label.some((t) => NON_SPEAKER_LABELS.has(t.lower) || CREDIT_LABELS.has(t.lower));
      const mention = entities.mentionAtToken[c - 1];
      const isPlace = mention >= 0 && entities.mentions[mention].type === 'place';
      const firstParagraph = r.paragraph[i] === 0;
      const speaker =
        named &&
        !isPlace &&
        (mention >= 0 ||
          label.every((t) => t.allCaps) ||
          firstParagraph ||
          (label.length >= 2 && label.length <= 3 && gazetteer().firstNames.has(label[0].text)));
      if (speaker && r.cueAt[c + 1] < 0 && !/^(said|says|asked|added|wrote|told)$/.test(label[0].lower))
        out.push({ cue: [c, c], source: [labelStart, c - 1], content: [[c + 1, r.trimEnd(c + 1, end)]], stance: 'asserts' });
    }
    // "... caption. Image: NAME." — a credit closing the paragraph.
    for (let k = Math.max(i + 1, end - 8); k < end; k++) {
      if (
        CREDIT_LABELS.has(tokens[k].lower) &&
        tokens[k].capitalized &&
        tokens[k + 1]?.text === ':' &&
        k + 2 <= end &&
        tokens[k + 2].capitalized
      ) {
        const contentEnd = r.trimEnd(i, k - 1);
        if (contentEnd < i) break;
        out.push({ cue: [k, k + 1], source: [k + 2, r.trimEnd(k + 2, end)], content: [[i, contentEnd]], stance: 'asserts' });
        break;
      }
    }
    // "“Quote” — NAME, date" on one line, or "— NAME" on the line after a quoted paragraph.
    for (let k = i; k < end && k < i + 400; k++) {
      if (!DASHES.has(tokens[k].text) || !tokens[k + 1]?.capitalized || !tokens[k + 1].isWord) continue;
      const before = k - 1;
      let quote: Range | null = null;
      if (before >= i && (r.closeEndAt[before] >= 0 || (r.closeEndAt[before - 1] >= 0 && tokens[before].text === ','))) {
        const q = r.quotes[r.closeEndAt[before] >= 0 ? r.closeEndAt[before] : r.closeEndAt[before - 1]];
        if (q.open === i) quote = [q.open, q.closeEnd];
      } else if (k === i && i > 0) {
        const prevEnd = i - 1;
        let prevStart = prevEnd;
        while (prevStart > 0 && r.paragraph[prevStart - 1] === r.paragraph[prevEnd]) prevStart--;
        if (r.quoteOf[prevStart] >= 0 && r.quoteOf[r.trimEnd(prevStart, prevEnd)] >= 0)
          quote = [prevStart, r.trimEnd(prevStart, prevEnd)];
      }
      if (!quote) break;
      let s = k + 1;
      while (
        s + 1 <= end &&
        ((tokens[s + 1].isWord && tokens[s + 1].capitalized) ||
          tokens[s + 1].text === '.' ||
          tokens[s + 1].text === '-' ||
          (/^(of|the|de|van|von|al)$/.test(tokens[s + 1].lower) && tokens[s + 2]?.capitalized))
      )
        s++;
      out.push({ cue: [k, k], source: [k + 1, s], content: [quote], stance: 'asserts' });
      break;
    }
  }
  return out;
}

/**
 * A stance reported inside another attribution's content ("X said she plans to ...", "what he called ...")
 * is part of that report, not a report of its own; a speaker's "I think" stays.
 */
function dropNested(r: Reader, cues: Cue[], found: Found[]): void {
  const inside = new Uint8Array(r.tokens.length);
  for (const f of found) {
    const cue = r.cueAt[f.cue[0]] >= 0 ? cues[r.cueAt[f.cue[0]]] : null;
    if (cue && cue.kind !== 'speech' && cue.kind !== 'according') continue;
    for (const [a, b] of f.content) for (let k = a; k <= b; k++) inside[k] = 1;
  }
  for (let i = found.length - 1; i >= 0; i--) {
    const f = found[i];
    const ci = r.cueAt[f.cue[0]];
    if (ci < 0 || !inside[cues[ci].head]) continue;
    const cue = cues[ci];
    const speaker = f.source && /^(i|we)$/.test(r.tokens[f.source[0]].lower);
    const naming = cue.lemma === 'call' && /^(what|so|-)$/.test(r.tokens[cue.first - 2]?.lower ?? '');
    if (!speaker && (cue.kind === 'intent' || cue.kind === 'thought' || cue.kind === 'object' || naming)) found.splice(i, 1);
  }
}

/** A paragraph that is all quotation, after a paragraph that quoted someone, carries on that person's words. */
function continueQuotedParagraphs(r: Reader, found: Found[]): void {
  const { tokens } = r;
  if (!found.length) return;
  const lastByParagraph = new Map<number, Found>();
  for (const f of found) lastByParagraph.set(r.paragraph[f.cue[0]], f);
  const claimed = new Set<number>();
  for (const f of found) for (const [a] of f.content) claimed.add(r.paragraph[a]);
  for (const f of found) claimed.add(r.paragraph[f.cue[0]]);
  let previous: Found | undefined;
  let previousParagraph = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && r.paragraph[i] === r.paragraph[i - 1]) continue;
    const p = r.paragraph[i];
    const own = lastByParagraph.get(p);
    if (own) {
      previous = own;
      previousParagraph = p;
      continue;
    }
    const q = r.openAt[i];
    let end = i;
    while (end + 1 < tokens.length && r.paragraph[end + 1] === p) end++;
    const allQuote = q >= 0 && r.quotes[q].closeEnd >= r.trimEnd(i, end);
    if (
      allQuote &&
      previous &&
      previousParagraph === p - 1 &&
      !claimed.has(p) &&
      previous.content.some(([a, b]) => r.quoteOf[a] >= 0 || r.quoteOf[b] >= 0)
    ) {
      previous.content.push([i, r.quotes[q].closeEnd]);
      previousParagraph = p;
      continue;
    }
    previous = undefined;
  }
}

// ── Source resolution ────────────────────────────────────────────────────────────────────────

function stripDeterminer(s: string): string {
  return s.replace(/^(the|a|an)\s+/i, '');
}

/** The entity a source phrase (tokens `first` to `last`) stands for, or null. */
function resolveSource(
  r: Reader,
  [first, last]: Range,
  sourceRegion: Found['sourceRegion'],
  previous: Omit<Attribution, 'claimId'>[],
  descriptions: EntityMention[],
): number | null {
  const { tokens, entities, text } = r;
  const named = namedIn(r, first, last, false);
  if (named !== null) return named;
  if (sourceRegion) {
    const person = namedIn(r, sourceRegion[0], sourceRegion[1], true);
    if (person !== null) return person;
  }
  const words = tokens.slice(first, last + 1).filter((t) => t.isWord);
  // Pronouns: the most recent fitting source or mention.
  if (words.length === 1 && PERSONAL_PRONOUNS.has(words[0].lower)) {
    const kind = PERSONAL_PRONOUNS.get(words[0].lower)!;
    if (kind === 'speaker') return null;
    const before = tokens[first].start;
    const wanted = kind === 'male' || kind === 'female' ? 'person' : 'organization';
    for (let a = previous.length - 1; a >= 0; a--) {
      const id = previous[a].sourceEntityId;
      if (id !== null && entities.entities[id].type === wanted) return id;
      if (kind === 'plural' && id !== null) return id;
    }
    const m = lastMentionBefore(entities.mentions, before, wanted);
    return m ? m.entityId : null;
  }
  // Descriptions: "a monitor", "the group" → the organization whose name fits the description.
  const head = words[words.length - 1];
  if (head && words.length <= 4 && /^(the|a|an|this)$/.test(words[0].lower) && ORGANIZATION_DESCRIPTORS.has(head.lower)) {
    const fits = ORGANIZATION_DESCRIPTORS.get(head.lower)!;
    const orgs = entities.entities.filter((e) => e.type === 'organization');
    const fitting = orgs.filter((e) => e.name.split(/[\s-]+/).some((w) => fits.includes(w)));
    const before = tokens[first].start;
    const recent = lastMentionBefore(entities.mentions, before, 'organization');
    const target =
      fitting.length === 1
        ? fitting[0]
        : (fitting.find((e) => recent && e.id === recent.entityId) ??
          fitting[0] ??
          (recent ? entities.entities[recent.entityId] : undefined));
    if (target) {
      const start = tokens[first].start;
      const end = tokens[last].end;
      const mentionText = text.slice(start, end);
      descriptions.push({
        start,
        end,
        text: mentionText,
        type: target.type,
        entityId: target.id,
        entity: target.name,
        descriptive: true,
      });
      const alias = mentionText.replace(/^(a|an)\s+/i, 'the ');
      if (!target.aliases.includes(alias)) target.aliases.push(alias);
      return target.id;
    }
  }
  return null;
}

/** The last mention of a type that starts before an offset (mentions are sorted by start). */
function lastMentionBefore(mentions: EntityMention[], before: number, type: string): EntityMention | undefined {
  const lo = firstIndexWhere(mentions.length, (i) => mentions[i].start >= before);
  for (let m = lo - 1; m >= 0 && m >= lo - 400; m--) if (mentions[m].type === type) return mentions[m];
  return undefined;
}

/** A named entity inside a source: the rightmost person, else the rightmost name that heads the phrase. */
function namedIn(r: Reader, first: number, last: number, personOnly: boolean): number | null {
  const { tokens, entities } = r;
  let person = -1;
  let any = -1;
  for (let k = first; k <= last; k++) {
    const m = entities.mentionAtToken[k];
    if (m < 0) continue;
    if (entities.mentions[m].type === 'person') {
      if (person < 0 || !personOnly) person = m;
    } else if (entities.mentions[m].type !== 'place' || any < 0) any = m;
  }
  if (person >= 0) return entities.mentions[person].entityId;
  if (personOnly || any < 0) return null;
  // "the Syrian state media" names no entity: only accept a name that heads the phrase.
  const m = entities.mentions[any];
  const tail = tokens.slice(Math.max(0, lastStartingAtOrBefore(tokens, m.end - 1)) + 1, last + 1).filter((t) => t.isWord);
  return tail.length === 0 ? m.entityId : null;
}

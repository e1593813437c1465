// The Reader: token-level views of the text that every attribution rule reads (paragraphs, sentences,
// quotations, cues), and the word tests they share.
import type { Token } from '../tokenize';
import type { EntityResult } from '../entities';
import { gazetteer } from '../lexicon/gazetteer';
import {
  CLAUSE_OPENERS,
  FINITE_AUXILIARIES,
  NOMINAL_CUES,
  REPORTING_FORMS,
  REPORTING_VERBS,
  STANCE_ADJECTIVES,
  extraReportingForms,
  type ReportingKind,
} from '../lexicon/reporting';
import { ARTICLES, CLAUSE_BREAKS, DAY_WORDS, PREPOSITIONS, SENTENCE_MARKS, TRAILING_MARKS } from '../lexicon/clauseWords';
import type { Quote } from './model';
import { findQuotes } from './quotes';

/** Words a cue can start with: reporting verb forms, "according", nouns and adjectives that introduce content. */
const CUE_WORDS = new Set(['according', ...REPORTING_FORMS.keys(), ...NOMINAL_CUES, ...STANCE_ADJECTIVES.keys()]);

/** Tags of words that are more than adverbs: a pronoun, number, determiner, preposition or conjunction. */
const NOT_ADVERB_TAGS = new Set(['PRP', 'CD', 'DT', 'IN', 'CC', 'TO', 'WRB', 'EX', 'RP']);

export class Reader {
  readonly quotes: Quote[];
  /** The quotation each token is in (marks included), or -1. */
  readonly quoteOf: Int32Array;
  /** The quotation that opens at a token, or -1. */
  readonly openAt: Int32Array;
  /** The closed quotation whose last mark is a token, or -1. */
  readonly closeEndAt: Int32Array;
  readonly paragraph: Int32Array;
  readonly sentenceFirst: number[] = [];
  readonly sentenceLast: number[] = [];
  /** The cue each token belongs to, or -1 (filled once the cues are found). */
  readonly cueAt: Int32Array;

  /** The user's own reporting verbs, by surface form. */
  private readonly extraForms: Map<string, string>;
  private readonly headlines = new Map<number, boolean>();

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

  /** First token of the sentence of token i. */
  sFirst(i: number): number {
    return this.sentenceFirst[this.tokens[i].sentence];
  }
  /** Last token of the sentence of token i. */
  sLast(i: number): number {
    return this.sentenceLast[this.tokens[i].sentence];
  }

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

  /** Inside a quotation, marks excluded. */
  quoted(i: number): boolean {
    const q = this.quoteOf[i];
    return q >= 0 && i > this.quotes[q].openEnd && i < this.quotes[q].close;
  }

  /** A finite verb or auxiliary, by the word's first part-of-speech tag. */
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
    if (PREPOSITIONS.has(t.lower)) return false;
    for (let j = k + 1; j <= limit && j <= k + 8; j++) {
      const x = this.tokens[j];
      if (this.openAt[j] >= 0 || this.closeEndAt[j] >= 0) continue;
      if (CLAUSE_BREAKS.has(x.text) || SENTENCE_MARKS.has(x.text)) return false;
      if (this.isFinite(j)) return true;
    }
    return false;
  }

  /** The last token of a range without its final punctuation (closing quotes stay). */
  trimEnd(first: number, last: number): number {
    while (last > first && TRAILING_MARKS.has(this.tokens[last].text)) last--;
    return last;
  }

  /** The token ends a sentence: a full stop, question or exclamation mark, or an ellipsis. */
  endsSentence(k: number): boolean {
    return SENTENCE_MARKS.has(this.tokens[k].text);
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

  /** A lower-case adverb that is never a noun ("long", "yet", "pointedly"): it may stand between a subject and its verb. */
  isAdverb(k: number): boolean {
    const t = this.tokens[k];
    if (!t || !t.isWord || t.capitalized) return false;
    const tags = gazetteer().tagsOf(t.lower);
    if (!tags) return false;
    let adverb = false;
    for (const tag of tags) {
      if (tag.startsWith('RB')) adverb = true;
      else if (NOT_ADVERB_TAGS.has(tag) || tag.startsWith('NN')) return false;
    }
    return adverb;
  }

  /** The word can head a noun phrase: a pronoun, a name, or a word that can be a noun (unknown words included), never a day. */
  canHeadNounPhrase(k: number): boolean {
    const t = this.tokens[k];
    if (!t || !t.isWord) return false;
    if (DAY_WORDS.has(t.lower)) return false;
    if (t.capitalized && (k > this.sFirst(k) || this.entities.mentionAtToken[k] >= 0)) return true;
    const tags = gazetteer().tagsOf(t.lower);
    if (!tags) return true;
    for (const tag of tags) {
      if (tag.startsWith('NN') || tag.startsWith('PRP') || tag === 'CD' || tag.startsWith('W')) return true;
      // "all", "both", "some", "this": determiners that stand alone; articles never do.
      if ((tag === 'DT' || tag === 'PDT') && !ARTICLES.has(t.lower)) return true;
    }
    return false;
  }

  /** The part-of-speech tags of a lower-case word, most frequent first. */
  tagsOf(lower: string): string[] | undefined {
    return gazetteer().tagsOf(lower);
  }

  /** The first part-of-speech tag of a lower-case word, or '' when the word is unknown. */
  tag(lower: string): string {
    return gazetteer().tagsOf(lower)?.[0] ?? '';
  }
}

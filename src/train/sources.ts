// Which training files the tagger learns from, and how much each counts. Chosen by measuring on the
// whole dev table (npm run eval), never on one file.

export interface Source {
  file: string;
  /** Copies of each document in the training set (a fraction samples that share). */
  weight: number;
  /** Person names include their titles here ("President X"): strip them to the CoNLL convention the rules extend. */
  titlesInside: boolean;
  /** Share of documents also taught with some lines in capitals (headlines, wire slugs). */
  capitals: number;
  /** Words whose gold label is a convention of this source alone: masked out of the loss. */
  maskWords?: ReadonlySet<string>;
}

const conll = (file: string, weight: number, capitals = 0.3): Source => ({ file, weight, titlesInside: false, capitals });

export const SOURCES: readonly Source[] = [
  conll('uner-ewt-train.jsonl', 1),
  conll('uner-ewt-dev.jsonl', 1),
  conll('uner-ewt-test.jsonl', 1),
  conll('crossner-politics.jsonl', 1),
  conll('crossner-science.jsonl', 1),
  conll('crossner-music.jsonl', 1),
  conll('crossner-literature.jsonl', 1),
  conll('crossner-ai.jsonl', 1),
  conll('wikigold.jsonl', 1),
  conll('btc.jsonl', 1),
  conll('wnut17.jsonl', 1),
  { ...conll('sec-filings.jsonl', 0), maskWords: new Set(['borrower', 'lender', 'bank', 'borrowers', 'lenders']) },
  { file: 'gum.jsonl', weight: 2, titlesInside: true, capitals: 0.3 },
];

// Attributions given by layout rather than by a verb: "NAME: words" paragraphs (transcripts),
// "Image: NAME." credits closing a caption, and "— NAME" sign-offs after a quotation.
import { gazetteer } from '../lexicon/gazetteer';
import { CREDIT_LABELS, NON_SPEAKER_LABELS } from '../lexicon/reporting';
import { DASHES, LABEL_CUES, NAME_PARTICLES } from '../lexicon/clauseWords';
import type { Found, Range } from './model';
import type { Reader } from './reader';
import { paragraphEnd } from './content';

/** Every attribution the layout of the paragraphs gives. */
export function readLayouts(r: Reader): Found[] {
  const { tokens } = r;
  const out: Found[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && r.paragraph[i] === r.paragraph[i - 1]) continue;
    const end = paragraphEnd(r, i);
    const label = readSpeakerLabel(r, i, end);
    if (label) out.push(label);
    const credit = readCredit(r, i, end);
    if (credit) out.push(credit);
    const signOff = readSignOff(r, i, end);
    if (signOff) out.push(signOff);
  }
  return out;
}

/** "NAME: words" — a speaker label at the start of a paragraph (transcripts, headlines). */
function readSpeakerLabel(r: Reader, i: number, end: number): Found | null {
  const { tokens, entities } = r;
  const labelStart = r.openAt[i] >= 0 && r.quotes[r.openAt[i]].openEnd < end ? r.quotes[r.openAt[i]].openEnd + 1 : i;
  let c = labelStart;
  while (
    c <= end &&
    c < labelStart + 5 &&
    tokens[c].text !== ':' &&
    (tokens[c].isWord || tokens[c].text === '.' || tokens[c].text === '-')
  )
    c++;
  if (!(c > labelStart && c < end && tokens[c].text === ':' && !tokens[c + 1].newlineBefore && !/^\d/.test(tokens[c + 1].text)))
    return null;
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
  if (!speaker || r.cueAt[c + 1] >= 0 || LABEL_CUES.has(label[0].lower)) return null;
  return { cue: [c, c], source: [labelStart, c - 1], content: [[c + 1, r.trimEnd(c + 1, end)]], stance: 'asserts' };
}

/** "... caption. Image: NAME." — a credit closing the paragraph. */
function readCredit(r: Reader, i: number, end: number): Found | null {
  const { tokens } = r;
  for (let k = Math.max(i + 1, end - 8); k < end; k++) {
    if (
      CREDIT_LABELS.has(tokens[k].lower) &&
      tokens[k].capitalized &&
      tokens[k + 1]?.text === ':' &&
      k + 2 <= end &&
      tokens[k + 2].capitalized
    ) {
      const contentEnd = r.trimEnd(i, k - 1);
      if (contentEnd < i) return null;
      return { cue: [k, k + 1], source: [k + 2, r.trimEnd(k + 2, end)], content: [[i, contentEnd]], stance: 'asserts' };
    }
  }
  return null;
}

/** "“Quote” — NAME, date" on one line, or "— NAME" on the line after a quoted paragraph. */
function readSignOff(r: Reader, i: number, end: number): Found | null {
  const { tokens } = r;
  for (let k = i; k < end && k < i + 400; k++) {
    if (!DASHES.has(tokens[k].text) || !tokens[k + 1]?.capitalized || !tokens[k + 1].isWord) continue;
    const quote = quoteBeforeSignOff(r, i, k);
    if (!quote) return null;
    let s = k + 1;
    while (
      s + 1 <= end &&
      ((tokens[s + 1].isWord && tokens[s + 1].capitalized) ||
        tokens[s + 1].text === '.' ||
        tokens[s + 1].text === '-' ||
        (NAME_PARTICLES.has(tokens[s + 1].lower) && tokens[s + 2]?.capitalized))
    )
      s++;
    return { cue: [k, k], source: [k + 1, s], content: [quote], stance: 'asserts' };
  }
  return null;
}

/** The quotation a dash at `k` signs: one that opens the paragraph and closes just before the dash, or the whole paragraph before. */
function quoteBeforeSignOff(r: Reader, i: number, k: number): Range | null {
  const { tokens } = r;
  const before = k - 1;
  if (before >= i && (r.closeEndAt[before] >= 0 || (r.closeEndAt[before - 1] >= 0 && tokens[before].text === ','))) {
    const q = r.quotes[r.closeEndAt[before] >= 0 ? r.closeEndAt[before] : r.closeEndAt[before - 1]];
    return q.open === i ? [q.open, q.closeEnd] : null;
  }
  if (k !== i || i === 0) return null;
  const prevEnd = i - 1;
  let prevStart = prevEnd;
  while (prevStart > 0 && r.paragraph[prevStart - 1] === r.paragraph[prevEnd]) prevStart--;
  if (r.quoteOf[prevStart] >= 0 && r.quoteOf[r.trimEnd(prevStart, prevEnd)] >= 0)
    return [prevStart, r.trimEnd(prevStart, prevEnd)];
  return null;
}

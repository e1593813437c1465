// brat standoff export (https://brat.nlplab.org/standoff.html): the `.ann` file that goes beside a
// `.txt` holding the article's text exactly, in UTF-8. Offsets count Unicode code points (brat's
// Python strings). A span that crosses a line break or a tab is written as fragments ("3 9;11 15")
// whose texts are joined by a space, since one annotation is one line.
//
// What the lines mean:
//   T  Person, Organization, Place   a mention of an entity (descriptions such as "the monitor" too)
//   T  Number, Time                  a quantity with its qualifier ("more than 250"); a time expression
//   T  Counted                       what a number counts, when the text says ("buses")
//   T  Attribution                   a reporting cue ("said", "according to"): the trigger of its event
//   T  Source                        who the attribution cites, as written ("a monitor", "he")
//   T  Quote, Reported               the attributed content, quoted directly or reported
//   E  Attribution:<cue> Source:<source> Content:<content> Content2:<content> …
//                                    one event per attribution; no Source when the text names none,
//                                    one Content per span (a quote split by "he said" has two)
//   R  Counts Arg1:<number> Arg2:<counted>
//   A  Descriptive <mention>         a description that stands for a named entity
//   A  Qualifier <number> more-than  exact, more-than, at-least, less-than, at-most, up-to, about, nearly, approximate
//   A  Unit <number> percent         count, percent, currency, ordinal, age, measure
//   A  Stance <event> denies         asserts, denies, uncertain
//   A  Direct <event>                the content is a direct quotation
//   N  Reference <mention or source> NewsLens:<entity id>	<canonical name>
//                                    the entity of the article a mention or a source refers to
//   #  AnnotatorNotes <number>       value=…; low=…; high=…; unitName=…; counts=…
//   #  AnnotatorNotes <source>       source=<display name>, for a source that names no known entity
// BRAT_ANNOTATION_CONF declares these types for brat's annotation.conf.
import type { Annotations, Attribution, EntityMention, NumberMention, Span } from '../types';
import { CodePoints } from './offsets';

export const BRAT_NORMALIZATION_DB = 'NewsLens';

export const BRAT_ANNOTATION_CONF = `[entities]
Person
Organization
Place
Number
Time
Counted
Source
Quote
Reported

[relations]
Counts	Arg1:Number, Arg2:Counted
<OVERLAP>	Arg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>

[events]
Attribution	Source?:Source, Content+:Quote|Reported

[attributes]
Descriptive	Arg:Person|Organization|Place
Qualifier	Arg:Number, Value:exact|more-than|at-least|less-than|at-most|up-to|about|nearly|approximate
Unit	Arg:Number, Value:count|percent|currency|ordinal|age|measure
Stance	Arg:Attribution, Value:asserts|denies|uncertain
Direct	Arg:Attribution
`;

const ENTITY_TYPES = { person: 'Person', organization: 'Organization', place: 'Place' } as const;

/** Characters that end a line for brat's reader (Python's `splitlines`) and the tab that separates fields. */
// eslint-disable-next-line no-control-regex -- brat splits lines on these control characters too.
const FIELD_BREAK = /[\t\n\v\f\r\x1c-\x1e\x85\u2028\u2029]/;
// eslint-disable-next-line no-control-regex -- as above.
const FIELD_BREAKS = /[\t\n\v\f\r\x1c-\x1e\x85\u2028\u2029]+/g;

interface TextBound {
  type: string;
  span: Span;
  /** The span cut at line breaks and tabs, which a brat line cannot hold. */
  parts: Span[];
  id?: string;
}

export interface BratOptions {
  /**
   * Code points that the `.txt` holds before `text`: 1 when the file starts with a byte order mark,
   * which brat's reader keeps as a character. Every offset is shifted by it.
   */
  offset?: number;
}

/** The `.ann` content for `a`, the annotations of `text`. */
export function toBrat(text: string, a: Annotations, options: BratOptions = {}): string {
  const points = new CodePoints(text);
  const shift = options.offset ?? 0;
  const bounds = new Map<string, TextBound>();
  const bound = (type: string, span: Span): TextBound | undefined => {
    const key = `${type} ${span.start} ${span.end}`;
    const known = bounds.get(key);
    if (known) return known;
    const parts = fragments(text, span);
    if (parts.length === 0) return undefined;
    const b: TextBound = { type, span, parts };
    bounds.set(key, b);
    return b;
  };

  // What refers to what, resolved to T ids once every text-bound annotation has its id.
  const later: ((lines: Lines) => void)[] = [];

  const mention = (m: EntityMention) => {
    const b = bound(ENTITY_TYPES[m.type], m);
    if (!b) return;
    later.push((out) => {
      if (m.descriptive) out.attribute('Descriptive', b.id!);
      out.normalization(b.id!, m.entityId, m.entity);
    });
  };
  a.entities.forEach(mention);
  (a.descriptions ?? []).forEach(mention);

  for (const n of a.numbers) {
    const b = bound('Number', n);
    if (!b) continue;
    const counted = n.countsSpan ? bound('Counted', n.countsSpan) : undefined;
    later.push((out) => {
      out.attribute('Qualifier', b.id!, n.qualifier.replace(/ /g, '-'));
      out.attribute('Unit', b.id!, n.unit);
      out.note(b.id!, numberNote(n));
      if (counted) out.relation('Counts', b.id!, counted.id!);
    });
  }
  for (const t of a.times) bound('Time', t);

  for (const x of a.attributions) {
    const cue = bound('Attribution', x.cue);
    if (!cue) continue;
    const source = x.source ? bound('Source', x.source) : undefined;
    const content = x.content
      .map((c) => bound(x.direct ? 'Quote' : 'Reported', c))
      .filter((b): b is TextBound => b !== undefined);
    later.push((out) => attributionLines(out, x, cue, source, content));
  }

  const ordered = [...bounds.values()].sort(
    (p, q) => p.span.start - q.span.start || q.span.end - p.span.end || p.type.localeCompare(q.type),
  );
  const out = new Lines();
  ordered.forEach((b, i) => {
    b.id = `T${i + 1}`;
    const { parts } = b;
    const offsets = parts.map((f) => `${shift + points.fromUtf16(f.start)} ${shift + points.fromUtf16(f.end)}`).join(';');
    out.textBounds.push(`${b.id}\t${b.type} ${offsets}\t${parts.map((f) => text.slice(f.start, f.end)).join(' ')}`);
  });
  for (const write of later) write(out);
  return out.join();
}

function attributionLines(out: Lines, x: Attribution, cue: TextBound, source: TextBound | undefined, content: TextBound[]): void {
  const args = [`Attribution:${cue.id}`];
  if (source) args.push(`Source:${source.id}`);
  content.forEach((c, i) => args.push(`Content${i === 0 ? '' : i + 1}:${c.id}`));
  const event = out.event(args.join(' '));
  out.attribute('Stance', event, x.stance);
  if (x.direct) out.attribute('Direct', event);
  if (source) {
    if (x.sourceEntityId !== null) out.normalization(source.id!, x.sourceEntityId, x.sourceName);
    else out.note(source.id!, `source=${x.sourceName}`);
  }
}

function numberNote(n: NumberMention): string {
  const parts = [`value=${n.value ?? 'vague'}`];
  if (n.low !== undefined) parts.push(`low=${n.low}`);
  if (n.high !== undefined) parts.push(`high=${n.high}`);
  if (n.unitName) parts.push(`unitName=${n.unitName}`);
  if (n.counts) parts.push(`counts=${n.counts}`);
  return parts.join('; ');
}

/** The `.ann` lines, numbered per kind as brat expects. */
class Lines {
  readonly textBounds: string[] = [];
  private readonly others: string[] = [];
  private readonly next = { E: 1, R: 1, A: 1, N: 1, '#': 1 };
  /** Normalizations written, so that a span both mention and source is linked once. */
  private readonly normalized = new Set<string>();
  private readonly noted = new Set<string>();

  private id(kind: keyof Lines['next']): string {
    return `${kind}${this.next[kind]++}`;
  }

  event(args: string): string {
    const id = this.id('E');
    this.others.push(`${id}\t${args}`);
    return id;
  }

  relation(type: string, arg1: string, arg2: string): void {
    this.others.push(`${this.id('R')}\t${type} Arg1:${arg1} Arg2:${arg2}`);
  }

  attribute(name: string, target: string, value?: string): void {
    this.others.push(`${this.id('A')}\t${name} ${target}${value === undefined ? '' : ` ${value}`}`);
  }

  normalization(target: string, entityId: number, name: string): void {
    if (this.normalized.has(target)) return;
    this.normalized.add(target);
    this.others.push(`${this.id('N')}\tReference ${target} ${BRAT_NORMALIZATION_DB}:${entityId}\t${oneLine(name)}`);
  }

  note(target: string, note: string): void {
    const key = `${target}\t${note}`;
    if (this.noted.has(key)) return;
    this.noted.add(key);
    this.others.push(`${this.id('#')}\tAnnotatorNotes ${target}\t${oneLine(note)}`);
  }

  join(): string {
    const lines = [...this.textBounds, ...this.others];
    return lines.length ? lines.join('\n') + '\n' : '';
  }
}

function oneLine(s: string): string {
  return s.replace(FIELD_BREAKS, ' ');
}

/** The parts of a span between line breaks and tabs (UTF-16 offsets); none for a span of breaks only. */
function fragments(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = -1;
  for (let i = span.start; i < span.end; i++) {
    if (FIELD_BREAK.test(text[i])) {
      if (start >= 0) out.push({ start, end: i });
      start = -1;
    } else if (start < 0) {
      start = i;
    }
  }
  if (start >= 0 && start < span.end) out.push({ start, end: span.end });
  return out;
}

// ── Reading a .ann file back ──────────────────────────────────────────────────────────────────

export interface BratTextBound {
  id: string;
  type: string;
  /** UTF-16 offsets into the text. */
  fragments: Span[];
  /** The text field: the fragments' texts joined by a space. */
  text: string;
}

export interface BratEvent {
  id: string;
  type: string;
  trigger: string;
  args: { role: string; target: string }[];
}

export interface BratRelation {
  id: string;
  type: string;
  args: { role: string; target: string }[];
}

export interface BratAttribute {
  id: string;
  name: string;
  target: string;
  /** True for a binary attribute. */
  value: string | true;
}

export interface BratNormalization {
  id: string;
  type: string;
  target: string;
  /** "DB:ID". */
  ref: string;
  text: string;
}

export interface BratNote {
  id: string;
  type: string;
  target: string;
  text: string;
}

export interface BratDocument {
  textBounds: BratTextBound[];
  events: BratEvent[];
  relations: BratRelation[];
  attributes: BratAttribute[];
  normalizations: BratNormalization[];
  notes: BratNote[];
  /** `*` lines: groups of ids. */
  equivalences: { type: string; ids: string[] }[];
}

/** Parses a `.ann` file; offsets come back as UTF-16 offsets into `text`. Throws on a malformed line. */
export function readBrat(text: string, ann: string): BratDocument {
  const points = new CodePoints(text);
  const doc: BratDocument = {
    textBounds: [],
    events: [],
    relations: [],
    attributes: [],
    normalizations: [],
    notes: [],
    equivalences: [],
  };
  ann.split('\n').forEach((raw, i) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (!line.trim()) return;
    const fail = (why: string) => new Error(`line ${i + 1}: ${why}: ${line}`);
    const [id, data = '', field] = splitFields(line);
    const words = data.split(' ').filter((w) => w !== '');
    switch (id[0]) {
      case 'T': {
        const match = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(data);
        if (!match || field === undefined) throw fail('a text-bound annotation needs a type, offsets and text');
        const parts = match[2].split(';').map((f) => {
          const [start, end] = f.split(' ').map(Number);
          if (start > end || end > points.length) throw fail('offsets outside the text');
          return { start: points.toUtf16(start), end: points.toUtf16(end) };
        });
        doc.textBounds.push({ id, type: match[1], fragments: parts, text: field });
        break;
      }
      case 'E': {
        const [head, ...rest] = words.map((w) => roleTarget(w, fail));
        if (!head) throw fail('an event needs a type and a trigger');
        doc.events.push({ id, type: head.role, trigger: head.target, args: rest });
        break;
      }
      case 'R': {
        const [type, ...args] = words;
        if (!type || args.length !== 2) throw fail('a relation needs a type and two arguments');
        doc.relations.push({ id, type, args: args.map((w) => roleTarget(w, fail)) });
        break;
      }
      case 'A':
      case 'M': {
        const [name, target, value] = words;
        if (!name || !target) throw fail('an attribute needs a name and a target');
        doc.attributes.push({ id, name, target, value: value ?? true });
        break;
      }
      case 'N': {
        const [type, target, ref] = words;
        if (!type || !target || !ref) throw fail('a normalization needs a type, a target and a reference');
        doc.normalizations.push({ id, type, target, ref, text: field ?? '' });
        break;
      }
      case '#': {
        const [type, target] = words;
        if (!type || !target) throw fail('a note needs a type and a target');
        doc.notes.push({ id, type, target, text: field ?? '' });
        break;
      }
      case '*': {
        const [type, ...ids] = words;
        doc.equivalences.push({ type, ids });
        break;
      }
      default:
        throw fail('unknown annotation kind');
    }
  });
  return doc;
}

/** A line's id, its data and its text field (the last may hold anything but a line break). */
function splitFields(line: string): [string, string?, string?] {
  const first = line.indexOf('\t');
  if (first < 0) return [line];
  const second = line.indexOf('\t', first + 1);
  return second < 0
    ? [line.slice(0, first), line.slice(first + 1)]
    : [line.slice(0, first), line.slice(first + 1, second), line.slice(second + 1)];
}

function roleTarget(word: string, fail: (why: string) => Error): { role: string; target: string } {
  const colon = word.lastIndexOf(':');
  if (colon <= 0) throw fail(`"${word}" is not Role:Id`);
  return { role: word.slice(0, colon), target: word.slice(colon + 1) };
}

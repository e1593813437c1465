// What an export must hold to read back as the annotations it came from, shared by the engine's
// export tests and the CLI's.
import * as assert from 'node:assert/strict';
import { type Annotations, type Span } from '../../src/core';
import { anchorQuote, readBrat, readJson, readWebAnnotation, toJson, type BratDocument } from '../../src/core/export';

export const HOSTILE = [
  '“We will rebuild the bridge 🌉 by March,” said Mayor Lena Okafor of Riverton.\r\n',
  'The council approved more than 40 million dollars 💶 on Tuesday, according to the Riverton Gazette.\r\n',
  '\r\n',
  "Okafor told reporters: \"It's the 'right' call\" — and\tthe Transport Union denied that 👷 workers were consulted.\r\n",
  '“Nobody asked us,” union leader Sam Reyes said. 👍🏽\r\n',
  '“We listened,” Okafor said, “and 🚧 work starts soon.”\r\n',
].join('');

/** Line breaks and tabs, which a brat line cannot hold. */
// eslint-disable-next-line no-control-regex -- brat splits lines on these control characters too.
const BREAK = /[\t\n\v\f\r\x1c-\x1e\x85\u2028\u2029]/;

/** A span without the line breaks and tabs at its edges, as brat writes it. */
function trimBreaks(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && BREAK.test(text[start])) start++;
  while (end > start && BREAK.test(text[end - 1])) end--;
  return { start, end };
}

const key = (type: string, s: Span) => `${type} ${s.start} ${s.end}`;

/** The text-bound annotations brat should hold for `a`, as "Type start end" (UTF-16, breaks trimmed). */
export function expectedBratMarks(text: string, a: Annotations): Set<string> {
  const out = new Set<string>();
  const add = (type: string, s: Span) => {
    const t = trimBreaks(text, s);
    if (t.end > t.start) out.add(key(type, t));
  };
  const entityType = { person: 'Person', organization: 'Organization', place: 'Place' } as const;
  for (const m of [...a.entities, ...a.descriptions]) add(entityType[m.type], m);
  for (const n of a.numbers) {
    add('Number', n);
    if (n.countsSpan) add('Counted', n.countsSpan);
  }
  for (const t of a.times) add('Time', t);
  for (const x of a.attributions) {
    add('Attribution', x.cue);
    if (x.source) add('Source', x.source);
    for (const c of x.content) add(x.direct ? 'Quote' : 'Reported', c);
  }
  return out;
}

function hull(fragments: Span[]): Span {
  return { start: fragments[0].start, end: fragments[fragments.length - 1].end };
}

/** Checks every text-bound annotation against the text and returns them by id. */
function checkBratText(text: string, doc: BratDocument): Map<string, Span> {
  const byId = new Map<string, Span>();
  for (const t of doc.textBounds) {
    assert.ok(t.fragments.length > 0, `${t.id} has a span`);
    for (const f of t.fragments) {
      assert.ok(0 <= f.start && f.start < f.end && f.end <= text.length, `${t.id}: fragment ${f.start}..${f.end}`);
      assert.ok(!BREAK.test(text.slice(f.start, f.end)), `${t.id}: a fragment holds no line break or tab`);
    }
    assert.equal(t.text, t.fragments.map((f) => text.slice(f.start, f.end)).join(' '), `${t.id}: text field`);
    assert.ok(!byId.has(t.id), `${t.id} is unique`);
    byId.set(t.id, hull(t.fragments));
  }
  return byId;
}

/** Everything a brat export must say, read back and compared with the annotations it came from. */
export function checkBratRoundTrip(text: string, a: Annotations, ann: string): BratDocument {
  const doc = readBrat(text, ann);
  const spans = checkBratText(text, doc);
  const typeOf = new Map(doc.textBounds.map((t) => [t.id, t.type]));
  const read = new Set(doc.textBounds.map((t) => key(t.type, hull(t.fragments))));
  assert.deepEqual([...read].sort(), [...expectedBratMarks(text, a)].sort(), 'the same marks');
  assert.equal(read.size, doc.textBounds.length, 'no mark written twice');

  // Attributions: one event each, with its cue, source and content, stance and directness.
  const attributes = (target: string) => new Map(doc.attributes.filter((x) => x.target === target).map((x) => [x.name, x.value]));
  const events = doc.events.map((e) => {
    const roles = (role: RegExp) => e.args.filter((r) => role.test(r.role)).map((r) => spans.get(r.target)!);
    assert.equal(typeOf.get(e.trigger), 'Attribution');
    for (const r of e.args) assert.ok(spans.has(r.target), `${e.id}: ${r.role} points at a text-bound annotation`);
    const attrs = attributes(e.id);
    return {
      cue: spans.get(e.trigger),
      source: roles(/^Source$/)[0] ?? null,
      content: roles(/^Content\d*$/),
      stance: attrs.get('Stance'),
      direct: attrs.get('Direct') === true,
    };
  });
  const expected = a.attributions
    .filter((x) => trimBreaks(text, x.cue).end > trimBreaks(text, x.cue).start)
    .map((x) => ({
      cue: trimBreaks(text, x.cue),
      source: x.source ? trimBreaks(text, x.source) : null,
      content: x.content.map((c) => trimBreaks(text, c)).filter((c) => c.end > c.start),
      stance: x.stance,
      direct: x.direct,
    }));
  assert.deepEqual(events, expected, 'attributions');

  // Numbers: qualifier, unit and what they count.
  for (const n of a.numbers) {
    const t = doc.textBounds.find(
      (x) => x.type === 'Number' && key('Number', hull(x.fragments)) === key('Number', trimBreaks(text, n)),
    );
    assert.ok(t, `number ${n.text}`);
    const attrs = attributes(t.id);
    assert.equal(attrs.get('Qualifier'), n.qualifier.replace(/ /g, '-'));
    assert.equal(attrs.get('Unit'), n.unit);
    assert.match(doc.notes.find((x) => x.target === t.id)?.text ?? '', new RegExp(`^value=${n.value ?? 'vague'}(;|$)`));
    const counted = doc.relations.find((r) => r.type === 'Counts' && r.args[0].target === t.id);
    assert.deepEqual(counted ? spans.get(counted.args[1].target) : undefined, n.countsSpan && trimBreaks(text, n.countsSpan));
  }
  // Mentions: the entity each refers to.
  for (const m of a.entities) {
    const t = doc.textBounds.find(
      (x) => /^(Person|Organization|Place)$/.test(x.type) && key('', hull(x.fragments)) === key('', trimBreaks(text, m)),
    );
    assert.ok(t, `mention ${m.text}`);
    const n = doc.normalizations.find((x) => x.target === t.id);
    assert.deepEqual(n && [n.ref, n.text], [
      `NewsLens:${m.entityId}`,
      m.entity.replace(new RegExp(`${BREAK.source}+`, 'g'), ' '),
    ]);
  }
  return doc;
}

/** Everything a Web Annotation export must say, read back and compared with the annotations it came from. */
export function checkWebAnnotationRoundTrip(text: string, a: Annotations, json: string, source: string): void {
  const { collection, marks } = readWebAnnotation(text, json);
  assert.deepEqual(collection['@context'] && (collection['@context'] as unknown[])[0], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(collection.total, marks.length);
  const expected: [string, string, Span][] = [
    ...a.entities.map((m, i): [string, string, Span] => [`#entity-${i}`, m.type, m]),
    ...a.descriptions.map((m, i): [string, string, Span] => [`#description-${i}`, m.type, m]),
    ...a.numbers.map((n, i): [string, string, Span] => [`#number-${i}`, 'number', n]),
    ...a.times.map((t, i): [string, string, Span] => [`#time-${i}`, 'time', t]),
    ...a.attributions.flatMap((x): [string, string, Span][] => [
      [`#attribution-${x.id}-cue`, 'cue', x.cue],
      ...(x.source ? [[`#attribution-${x.id}-source`, 'source', x.source] as [string, string, Span]] : []),
      ...x.content.map((c, k): [string, string, Span] => [
        `#attribution-${x.id}-content-${k}`,
        x.direct ? 'quote' : 'reported',
        c,
      ]),
    ]),
  ];
  assert.deepEqual(
    marks.map((m) => [m.id.slice(m.id.indexOf('#')), m.tags[0], m.position]),
    expected.map(([id, category, s]) => [id, category, { start: s.start, end: s.end }]),
  );
  for (const m of marks) {
    assert.equal(m.source, source);
    assert.equal(m.data?.category, m.tags[0]);
    assert.ok(m.quote && m.position);
    assert.equal(m.quote.exact, text.slice(m.position.start, m.position.end), `${m.id}: exact`);
    assert.deepEqual(anchorQuote(text, m.quote), m.position, `${m.id}: the quote selector finds the same place`);
  }
  for (const [i, m] of a.entities.entries()) {
    const data = marks.find((x) => x.id.endsWith(`#entity-${i}`))?.data;
    assert.deepEqual([data?.entity, data?.entityId], [m.entity, m.entityId]);
  }
  for (const [i, n] of a.numbers.entries()) {
    const data = marks.find((x) => x.id.endsWith(`#number-${i}`))?.data;
    assert.deepEqual([data?.quantity, data?.qualifier, data?.unit, data?.counts], [n.value, n.qualifier, n.unit, n.counts]);
  }
  for (const x of a.attributions) {
    const data = marks.find((m) => m.id.endsWith(`#attribution-${x.id}-cue`))?.data;
    assert.deepEqual([data?.sourceName, data?.stance, data?.direct, data?.claim], [x.sourceName, x.stance, x.direct, x.claimId]);
  }
}

export function checkJsonRoundTrip(text: string, a: Annotations): void {
  const back = readJson(toJson(a));
  assert.deepEqual(back, a);
  for (const m of [
    ...back.entities,
    ...back.numbers,
    ...back.times,
    ...back.attributions.flatMap((x) => [x.cue, ...x.content]),
  ]) {
    assert.equal(m.text, text.slice(m.start, m.end));
  }
}

// Exports read back: every span of a JSON, brat or W3C Web Annotation export lands on the same
// text as the annotations it came from, on the seed article and on text with CRLF, emoji, quotes and tabs.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as fc from 'fast-check';
import { type Annotations } from '../../src/core';
import { strictAnalyze } from './strictAnalyze';
import { pathToFileURL } from 'node:url';
import { seedPath } from '../fixtures';
import { CodePoints, readBrat, readJson, readWebAnnotation, toBrat, toWebAnnotation } from '../../src/core/export';
import { HOSTILE, checkBratRoundTrip, checkJsonRoundTrip, checkWebAnnotationRoundTrip } from './exportChecks';

describe('exports', () => {
  describe('code point offsets', () => {
    it('count a surrogate pair as one character', () => {
      const text = 'a😀b🌉\r\nc';
      const points = new CodePoints(text);
      assert.equal(points.length, 7);
      assert.deepEqual(
        [0, 1, 3, 4, 6, 7, 8, 9].map((u) => points.fromUtf16(u)),
        [0, 1, 2, 3, 4, 5, 6, 7],
      );
      assert.deepEqual(
        [0, 1, 2, 3, 4, 5, 6, 7].map((c) => points.toUtf16(c)),
        [0, 1, 3, 4, 6, 7, 8, 9],
      );
      assert.equal(points.slice(1, 4), '😀b🌉');
    });

    it('leave text without pairs, and lone surrogates, as they are', () => {
      const plain = new CodePoints('plain text');
      assert.deepEqual([plain.fromUtf16(7), plain.toUtf16(7)], [7, 7]);
      const lone = new CodePoints('x\ud800y\udc00z');
      assert.equal(lone.length, 5);
      assert.equal(lone.toUtf16(4), 4);
    });
  });

  describe('on the seed article', () => {
    const text = fs.readFileSync(seedPath(), 'utf8');
    const a = strictAnalyze(text);

    it('JSON reads back as the same annotations', () => checkJsonRoundTrip(text, a));

    it('brat holds every mark, attribution, number and entity link', () => {
      const doc = checkBratRoundTrip(text, a, toBrat(text, a));
      assert.equal(doc.events.length, a.attributions.length);
      assert.ok(doc.attributes.some((x) => x.name === 'Stance' && x.value === 'uncertain'));
      assert.ok(doc.attributes.some((x) => x.name === 'Descriptive'));
      assert.ok(doc.relations.some((r) => r.type === 'Counts'));
    });

    it('Web Annotation selects every mark by quote and by position', () => {
      const source = pathToFileURL(seedPath()).href;
      const collection = toWebAnnotation(text, a, source, { id: 'file:///tmp/seed.jsonld' });
      assert.equal(collection.id, 'file:///tmp/seed.jsonld');
      assert.equal(collection.first.items[0].id, 'file:///tmp/seed.jsonld#entity-0');
      checkWebAnnotationRoundTrip(text, a, JSON.stringify(collection), source);
    });
  });

  describe('on text with CRLF, emoji, quotes and tabs', () => {
    const a = strictAnalyze(HOSTILE);

    it('finds something in every category to export', () => {
      assert.ok(
        a.entities.length >= 3 && a.numbers.length >= 1 && a.times.length >= 1 && a.attributions.length >= 3,
        JSON.stringify(a.attributions.map((x) => x.cue.text)),
      );
    });

    it('JSON reads back as the same annotations', () => checkJsonRoundTrip(HOSTILE, a));

    it('brat offsets count code points', () => {
      const ann = toBrat(HOSTILE, a);
      const doc = checkBratRoundTrip(HOSTILE, a, ann);
      const split = doc.events.find((e) => e.args.some((r) => r.role === 'Content2'));
      assert.ok(split, 'a quote split by "Okafor said" has two contents');
      assert.deepEqual(
        split.args.map((r) => doc.textBounds.find((t) => t.id === r.target)?.text),
        ['Okafor', '“We listened,”', '“and 🚧 work starts soon.”'],
      );
      const at = HOSTILE.indexOf('Riverton Gazette');
      const before = [...HOSTILE.slice(0, at)].length;
      assert.equal(before, at - 2, 'two emoji before it');
      assert.match(
        ann,
        new RegExp(`^T\\d+\\tOrganization ${before} ${before + 'Riverton Gazette'.length}\\tRiverton Gazette$`, 'm'),
      );
    });

    it('Web Annotation positions count code points and quotes keep their context', () => {
      const json = JSON.stringify(toWebAnnotation(HOSTILE, a, 'untitled:hostile'));
      checkWebAnnotationRoundTrip(HOSTILE, a, json, 'untitled:hostile');
      const raw = JSON.parse(json).first.items as {
        target: { selector: { type: string; start?: number; exact?: string; prefix?: string }[] };
      }[];
      const reyes = raw.find((x) => x.target.selector[0].exact === 'Sam Reyes');
      assert.ok(reyes);
      const at = HOSTILE.indexOf('Sam Reyes');
      assert.equal(reyes.target.selector[1].start, at - 3, 'three emoji before it');
      assert.equal(reyes.target.selector[0].prefix, [...HOSTILE.slice(0, at)].slice(-32).join(''));
    });

    it('brat writes spans across line breaks and tabs as fragments', () => {
      const text = 'First line\r\nsecond\tline 😀 end';
      const span = { start: 6, end: text.length };
      const marked: Annotations = {
        ...strictAnalyze(''),
        length: text.length,
        times: [{ ...span, text: text.slice(span.start, span.end) }],
        numbers: [
          {
            start: 0,
            end: 5,
            text: 'First',
            value: 1,
            qualifier: 'exact',
            unit: 'ordinal',
            counts: 'line\r\nsecond',
            countsSpan: { start: 6, end: 18 },
          },
        ],
      };
      const ann = toBrat(text, marked);
      assert.match(ann, /^T2\tTime 6 10;12 18;19 29\tline second line 😀 end$/m);
      assert.match(ann, /^T3\tCounted 6 10;12 18\tline second$/m);
      assert.match(ann, /^#1\tAnnotatorNotes T1\tvalue=1; counts=line second$/m);
      checkBratRoundTrip(text, marked, ann);
    });

    it('any mix of such text round-trips through brat and Web Annotation', () => {
      const pieces = fc.constantFrom(
        'The mayor',
        ' said',
        ' “',
        '”',
        '"',
        "'",
        ' 😀',
        '👍🏽',
        '\r\n',
        '\n',
        '\t',
        ' 12',
        ' percent',
        ' Anna Berg',
        ' of Oslo',
        ' on Monday',
        ', ',
        '. ',
        ' told',
        ' according to',
      );
      fc.assert(
        fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
          const text = parts.join('');
          const b = strictAnalyze(text);
          checkBratRoundTrip(text, b, toBrat(text, b));
          checkWebAnnotationRoundTrip(text, b, JSON.stringify(toWebAnnotation(text, b, 'untitled:x')), 'untitled:x');
        }),
        { numRuns: 150 },
      );
    });
  });

  describe('readers', () => {
    it('reject offsets outside the text and malformed lines', () => {
      assert.throws(() => readBrat('short', 'T1\tPerson 0 9\tshort????'), /outside the text/);
      assert.throws(() => readBrat('short', 'T1\tPerson zero\tshort'), /line 1/);
      assert.throws(() => readJson('{"length": 3}'), /truncated/);
      assert.throws(() => readWebAnnotation('abc', '{"type": "Annotation"}'), /AnnotationCollection/);
    });
  });
});

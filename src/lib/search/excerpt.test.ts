import { describe, expect, it } from 'vitest';
import { excerptSegments, hitWords } from './excerpt';

describe('excerptSegments()', () => {
  it('splits an excerpt into plain and matched runs', () => {
    expect(excerptSegments('Support <mark>financing</mark> for enterprises')).toEqual([
      { text: 'Support ', hit: false },
      { text: 'financing', hit: true },
      { text: ' for enterprises', hit: false },
    ]);
  });

  it('joins adjacent marks into one hit', () => {
    expect(excerptSegments('助企<mark>纾</mark><mark>困</mark>”活动')).toEqual([
      { text: '助企', hit: false },
      { text: '纾困', hit: true },
      { text: '”活动', hit: false },
    ]);
  });

  it('keeps marks apart that have text between them', () => {
    expect(excerptSegments('<mark>a</mark> <mark>b</mark>').map((s) => s.hit)).toEqual([true, false, true]);
  });

  it('decodes entities to the literal characters, never to markup', () => {
    expect(excerptSegments('&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#x27; &apos;z&apos;')).toEqual([
      { text: `<script>alert("x") & 'y' 'z'`, hit: false },
    ]);
  });

  it('decodes once: an escaped entity stays an entity in the text', () => {
    expect(excerptSegments('&amp;lt;mark&amp;gt;')).toEqual([{ text: '&lt;mark&gt;', hit: false }]);
  });

  it('decodes entities inside a hit', () => {
    expect(excerptSegments('<mark>R&amp;D</mark>')).toEqual([{ text: 'R&D', hit: true }]);
  });

  it('keeps raw markup other than mark as plain text', () => {
    const raw = '<img src=x onerror=alert(1)>';
    expect(excerptSegments(`before ${raw} <mark>after</mark>`)).toEqual([
      { text: `before ${raw} `, hit: false },
      { text: 'after', hit: true },
    ]);
  });

  it('gives no segments for an empty excerpt', () => {
    expect(excerptSegments('')).toEqual([]);
    expect(excerptSegments('<mark></mark>')).toEqual([]);
  });
});

describe('hitWords()', () => {
  it('lists the matched words lower-cased, once each, across excerpts', () => {
    const first = excerptSegments('<mark>Financing</mark> and <mark>financing</mark> of <mark>纾困</mark>');
    const second = excerptSegments('<mark>FINANCING</mark> <mark>Credit</mark>');
    expect(hitWords(first, second)).toEqual(['financing', '纾困', 'credit']);
  });

  it('trims the words and leaves out blank hits', () => {
    expect(hitWords(excerptSegments('<mark> Loans </mark> <mark> </mark>'))).toEqual(['loans']);
  });

  it('gives nothing for excerpts without hits', () => {
    expect(hitWords(excerptSegments('no hits here'), [])).toEqual([]);
  });
});

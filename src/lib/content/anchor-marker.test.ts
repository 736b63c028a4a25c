import { describe, expect, it } from 'vitest';
import { headingsIn, measureTitles, splitAnchorMarker } from './anchor-marker';

describe('splitAnchorMarker()', () => {
  it('takes the anchor off the end of a heading', () => {
    expect(splitAnchorMarker('一、建立完善“三联”模式 {#measure-1}')).toEqual({ text: '一、建立完善“三联”模式', anchor: 'measure-1' });
  });

  it('leaves a heading without a marker alone', () => {
    expect(splitAnchorMarker('Attachments')).toEqual({ text: 'Attachments', anchor: null });
  });

  it('ignores braces that are not at the end', () => {
    expect(splitAnchorMarker('The {#x} rule and more')).toEqual({ text: 'The {#x} rule and more', anchor: null });
  });
});

describe('headingsIn()', () => {
  it('lists headings with their line numbers and anchors, skipping fenced code', () => {
    const markdown = ['Intro.', '', '## First {#measure-1}', 'Text.', '```', '## not a heading {#measure-9}', '```', '### Sub', ''].join('\n');
    expect(headingsIn(markdown)).toEqual([
      { line: 3, text: 'First', anchor: 'measure-1' },
      { line: 8, text: 'Sub', anchor: null },
    ]);
  });
});

describe('measureTitles()', () => {
  it('gives each anchored heading its text, without emphasis or code marks', () => {
    const body = ['## 一、**建立**完善“三联”模式 {#measure-1}', '', '### Use `one` *window* {#measure-1-1}', '', '## 附件'].join('\n');
    expect(measureTitles(body)).toEqual({ 'measure-1': '一、建立完善“三联”模式', 'measure-1-1': 'Use one window' });
  });
});

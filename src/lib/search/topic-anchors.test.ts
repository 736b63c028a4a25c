import { describe, expect, it } from 'vitest';
import { topicAnchor, topicAnchorValues } from './topic-anchors';

const measures = [
  { id: 'measure-1', topics: ['approvals'] as const },
  { id: 'measure-2', topics: ['financing', 'approvals'] as const },
  { id: 'measure-3', topics: ['financing'] as const },
];

describe('topicAnchorValues()', () => {
  it('names the first measure carrying each topic', () => {
    expect(topicAnchorValues(measures)).toEqual(['approvals:measure-1', 'financing:measure-2']);
  });

  it('is empty for a bulletin without measures', () => {
    expect(topicAnchorValues([])).toEqual([]);
  });
});

describe('topicAnchor()', () => {
  it('reads back the measure of a topic', () => {
    expect(topicAnchor(topicAnchorValues(measures), 'financing')).toBe('measure-2');
  });

  it('is null for a topic no measure carries, or without values', () => {
    expect(topicAnchor(topicAnchorValues(measures), 'pricing')).toBeNull();
    expect(topicAnchor(undefined, 'financing')).toBeNull();
  });
});

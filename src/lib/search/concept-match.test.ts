import { describe, expect, it } from 'vitest';
import { foldForMatch, matchConcepts, namesIt } from './concept-match';
import type { SearchConcept } from './concepts';

const relief: SearchConcept = { kind: 'topic', id: 'enterprise-relief', name: { en: 'Enterprise relief', zh: '助企纾困' }, bulletins: 4 };
const prefab: SearchConcept = { kind: 'topic', id: 'industrialisation', name: { en: 'Industrialisation & prefabricated building', zh: '建筑工业化与装配式建筑' }, bulletins: 2 };
const shukun: SearchConcept = {
  kind: 'term',
  id: 'shukun',
  zh: '纾困',
  en: 'relieve difficulties',
  names: ['纾困', 'relieve difficulties', 'Out of Difficulty'],
  forms: { en: ['relieve difficulties', 'Out of Difficulty'], zh: ['纾困'] },
};
const team: SearchConcept = { kind: 'term', id: 'zhuanban', zh: '专班', en: 'special team', names: ['专班', 'special team'], forms: { en: ['special team'], zh: ['专班'] } };
const ALL = [relief, prefab, shukun, team];
const ids = (query: string) => matchConcepts(query, ALL).map((c) => c.id);

describe('foldForMatch()', () => {
  it('folds case, full-width letters and punctuation', () => {
    expect(foldForMatch('  Ｏｕｔ of “Difficulty”！ ')).toBe('out of difficulty');
    expect(foldForMatch('Industrialisation & prefabricated')).toBe('industrialisation prefabricated');
  });
});

describe('namesIt()', () => {
  it('finds a Chinese name inside a longer query', () => {
    expect(namesIt('纾困政策', '纾困', false)).toBe(true);
  });

  it('finds a Chinese query of two characters or more inside a name only when parts may name it', () => {
    expect(namesIt('纾困', '助企纾困', true)).toBe(true);
    expect(namesIt('纾困', '助企纾困', false)).toBe(false);
    expect(namesIt('纾', '助企纾困', true)).toBe(false);
  });

  it('matches English as whole words, never inside one', () => {
    expect(namesIt('relief', 'Enterprise relief', true)).toBe(true);
    expect(namesIt('enterprises', 'Enterprise relief', true)).toBe(false);
    expect(namesIt('reli', 'Enterprise relief', true)).toBe(false);
  });

  it('does not let a stop word alone name anything', () => {
    expect(namesIt('and', 'Industrialisation & prefabricated building', true)).toBe(false);
    expect(namesIt('of the', 'Out of Difficulty', false)).toBe(false);
  });
});

describe('matchConcepts()', () => {
  it('names the topic and the glossary term 纾困 stands for, in either language', () => {
    expect(ids('纾困')).toEqual(['enterprise-relief', 'shukun']);
  });

  it('names a topic by a part of its Chinese name', () => {
    expect(ids('装配式')).toEqual(['industrialisation']);
  });

  it('names a glossary term by its English rendering or another spelling, whatever the case', () => {
    expect(ids('out of difficulty')).toEqual(['shukun']);
    expect(ids('Relieve difficulties')).toEqual(['shukun']);
  });

  it('does not name a term by a part of it', () => {
    expect(ids('team')).toEqual([]);
    expect(ids('special team')).toEqual(['zhuanban']);
  });

  it('names nothing for an ordinary word or an empty query', () => {
    expect(ids('enterprises')).toEqual([]);
    expect(ids('   ')).toEqual([]);
  });
});

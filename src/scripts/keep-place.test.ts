import { describe, expect, it } from 'vitest';
import { keepPlace } from './keep-place';

function linkTo(href: string) {
  return new URL(href, 'https://example.org');
}

describe('keepPlace()', () => {
  it('carries the query and the anchor to the other language', () => {
    const link = linkTo('/zh/search/');
    keepPlace(link, linkTo('/en/search/?q=financing&region=shandong#results'));
    expect(link.pathname + link.search + link.hash).toBe('/zh/search/?q=financing&region=shandong#results');
  });

  it('leaves a link without a query when the page has none', () => {
    const link = linkTo('/zh/measures/');
    keepPlace(link, linkTo('/en/measures/#measure-2'));
    expect(link.search + link.hash).toBe('#measure-2');
  });

  it('keeps a query the link has of its own', () => {
    const link = linkTo('/zh/search/?q=融资');
    keepPlace(link, linkTo('/en/search/?q=financing'));
    expect(decodeURIComponent(link.search)).toBe('?q=融资');
  });
});

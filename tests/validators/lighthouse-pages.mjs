// The pages Lighthouse measures: one of each kind, in English or Chinese, so that both languages
// are covered across the set (the home page and a bulletin, the most visited, in both).
// A kind may excuse audits it is meant to fail, each with the reason (and, where it matters, the one
// failure it excuses); they are left out of its scores.
export const PAGE_KINDS = [
  { name: 'home', path: '/en/' },
  { name: 'home', path: '/zh/' },
  { name: 'bulletin', path: '/en/bulletins/hubei-2020-05-sink-into-enterprises/' },
  { name: 'bulletin', path: '/zh/bulletins/hubei-2020-05-sink-into-enterprises/' },
  // Translated back from a published English translation, with translator's notes.
  { name: 'translator\'s notes', path: '/zh/bulletins/dezhou-2020-08-construction-upgrading/' },
  { name: 'side by side', path: '/en/bulletins/deqing-2024-06-project-landing/compare/' },
  // A shared search link: the results are drawn from the query in the address.
  { name: 'search', path: `/zh/search/?q=${encodeURIComponent('纾困')}` },
  { name: 'regions', path: '/en/regions/' },
  { name: 'region', path: '/zh/regions/shandong/' },
  { name: 'topic', path: '/en/topics/financing/' },
  { name: 'regions compared', path: '/zh/topics/financing/compare/' },
  { name: 'year', path: '/zh/years/2020/' },
  { name: 'measures', path: '/en/measures/' },
  { name: 'glossary', path: '/zh/glossary/' },
  { name: 'about', path: '/en/about/' },
  {
    name: '404',
    path: '/zh/no-such-page/',
    // Lighthouse stops at an error status unless told; the status is the point of this page.
    settings: { ignoreStatusCode: true },
    excused: [
      { audit: 'http-status-code', reason: 'an unknown address answers 404, which this audit counts against any page' },
      { audit: 'is-crawlable', reason: 'the page asks not to be indexed, as a missing page should' },
      {
        audit: 'errors-in-console',
        reason: 'Chrome logs the page\'s own 404 status as an error; any other message still fails',
        when: (audit, lhr) => audit.details.items.every((item) => item.source === 'network' && item.sourceLocation?.url === lhr.finalDisplayedUrl),
      },
    ],
  },
  // "/" sends a reader to their language; a Chinese reader here, so the English home above is not measured twice.
  { name: 'language chooser', path: '/', settings: { extraHeaders: { 'Accept-Language': 'zh-CN,zh;q=0.9' } } },
];

import type { APIRoute, GetStaticPaths } from 'astro';
import { LANGS, type Lang } from '../../../../i18n';
import type { Bulletin } from '../../../../lib/content/bulletin';
import { loadBulletinDigests, loadBulletins } from '../../../../lib/content/load-bulletins';
import { bulletinsByTopic } from '../../../../lib/digest/browse';
import { keyedByProps } from '../../../../lib/linking/route-params';
import { feedResponse, topicFeed } from '../../../../lib/linking/rss-feed';
import type { TopicId } from '../../../../lib/vocabulary/topics';

/** A feed for every topic that has a page: those some bulletin or one of its measures touches. */
export const getStaticPaths = (async () => {
  const [all, digests] = await Promise.all([loadBulletins(), loadBulletinDigests()]);
  const paths = [...bulletinsByTopic(all)].flatMap(([topic, bulletins]) => LANGS.map((lang) => ({ params: { lang, topic }, props: { bulletins } })));
  return keyedByProps(paths, digests);
}) satisfies GetStaticPaths;

/** /{lang}/topics/{topic}/feed.xml: the topic's bulletins and their corrections, newest first. */
export const GET: APIRoute = ({ params, props, site }) =>
  feedResponse(topicFeed(params['lang'] as Lang, params['topic'] as TopicId), (props as { bulletins: Bulletin[] }).bulletins, site);

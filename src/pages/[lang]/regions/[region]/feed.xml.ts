import type { APIRoute, GetStaticPaths } from 'astro';
import { LANGS, type Lang } from '../../../../i18n';
import type { Bulletin } from '../../../../lib/content/bulletin';
import { loadBulletinDigests, loadBulletins } from '../../../../lib/content/load-bulletins';
import { flattenRegionTree, regionTree } from '../../../../lib/digest/browse';
import { keyedByProps } from '../../../../lib/linking/route-params';
import { feedResponse, regionFeed } from '../../../../lib/linking/rss-feed';
import type { RegionId } from '../../../../lib/vocabulary/regions';

/** A feed for every region that has a page: each with bulletins of its own or of a place within it. */
export const getStaticPaths = (async () => {
  const [bulletins, digests] = await Promise.all([loadBulletins(), loadBulletinDigests()]);
  const paths = flattenRegionTree(regionTree(bulletins)).flatMap(({ node }) =>
    LANGS.map((lang) => ({ params: { lang, region: node.id }, props: { bulletins: node.all } })),
  );
  return keyedByProps(paths, digests);
}) satisfies GetStaticPaths;

/** /{lang}/regions/{region}/feed.xml: the bulletins of the region and of the places within it, and their corrections, newest first. */
export const GET: APIRoute = ({ params, props, site }) =>
  feedResponse(regionFeed(params['lang'] as Lang, params['region'] as RegionId), (props as { bulletins: Bulletin[] }).bulletins, site);

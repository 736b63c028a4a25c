import type { APIRoute } from 'astro';
import type { Lang } from '../../i18n';
import { loadBulletins } from '../../lib/content/load-bulletins';
import { langPaths } from '../../lib/linking/route-params';
import { feedResponse, siteFeed } from '../../lib/linking/rss-feed';

export const getStaticPaths = langPaths;

/** /{lang}/feed.xml: every bulletin and every correction, newest first, for officials who subscribe. */
export const GET: APIRoute = async ({ params, site }) => feedResponse(siteFeed(params['lang'] as Lang), await loadBulletins(), site);

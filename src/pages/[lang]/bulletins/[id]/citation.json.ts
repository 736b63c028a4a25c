import type { APIRoute } from 'astro';
import type { Lang } from '../../../../i18n';
import type { Bulletin } from '../../../../lib/content/bulletin';
import { loadBulletinDigests, loadBulletins } from '../../../../lib/content/load-bulletins';
import { cslItem } from '../../../../lib/linking/references/csl-json';
import { bulletinReference } from '../../../../lib/linking/references/reference';
import { CSL_JSON_MEDIA_TYPE } from '../../../../lib/linking/references/media-types';
import { bulletinPaths } from '../../../../lib/linking/route-params';

export async function getStaticPaths() {
  return bulletinPaths(await loadBulletins(), await loadBulletinDigests());
}

/** The bulletin in this language as CSL-JSON: an array of one item, as CSL processors read a file. */
export const GET: APIRoute = ({ params, props, site }) => {
  const { bulletin } = props as { bulletin: Bulletin };
  const items = [cslItem(bulletinReference(bulletin, params['lang'] as Lang, site!))];
  return new Response(`${JSON.stringify(items, null, 2)}\n`, { headers: { 'Content-Type': CSL_JSON_MEDIA_TYPE } });
};

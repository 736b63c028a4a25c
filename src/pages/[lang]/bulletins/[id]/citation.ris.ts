import type { APIRoute } from 'astro';
import type { Lang } from '../../../../i18n';
import type { Bulletin } from '../../../../lib/content/bulletin';
import { loadBulletinDigests, loadBulletins } from '../../../../lib/content/load-bulletins';
import { bulletinReference } from '../../../../lib/linking/references/reference';
import { risRecord } from '../../../../lib/linking/references/ris';
import { RIS_MEDIA_TYPE } from '../../../../lib/linking/references/media-types';
import { bulletinPaths } from '../../../../lib/linking/route-params';

export async function getStaticPaths() {
  return bulletinPaths(await loadBulletins(), await loadBulletinDigests());
}

/** The bulletin in this language as an RIS record, for a reference manager to import. */
export const GET: APIRoute = ({ params, props, site }) => {
  const { bulletin } = props as { bulletin: Bulletin };
  const record = risRecord(bulletinReference(bulletin, params['lang'] as Lang, site!));
  return new Response(record, { headers: { 'Content-Type': `${RIS_MEDIA_TYPE}; charset=utf-8` } });
};

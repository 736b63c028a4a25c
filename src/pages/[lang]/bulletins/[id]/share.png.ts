import type { APIRoute } from 'astro';
import { type Lang, useTranslations } from '../../../../i18n';
import { bulletinPaths } from '../../../../lib/linking/route-params';
import type { Bulletin } from '../../../../lib/content/bulletin';
import { formatDate } from '../../../../lib/vocabulary/dates';
import { loadBulletinDigests, loadBulletins } from '../../../../lib/content/load-bulletins';
import { regionPlaceName } from '../../../../lib/vocabulary/regions';
import { textStatusLabel } from '../../../../lib/digest/text-status';
import { cachedShareImage } from '../../../../lib/linking/share-image';
import { CACHE_DIR } from '../../../../cache-dir';

export async function getStaticPaths() {
  return bulletinPaths(await loadBulletins(), await loadBulletinDigests());
}

/** The picture a chat app or social site shows when a bulletin's link is pasted: 1200×630 PNG. */
export const GET: APIRoute = async ({ params, props }) => {
  const lang = params['lang'] as Lang;
  const { bulletin } = props as { bulletin: Bulletin };
  const t = useTranslations(lang);
  const { facts } = bulletin;
  const png = await cachedShareImage({
    lang,
    siteName: t('site.title'),
    title: bulletin.texts[lang].title,
    // No-break spaces keep "27 May 2020" on one line when the byline wraps.
    byline: [facts.authority[lang], regionPlaceName(facts.region, lang), formatDate(facts.date, lang).replace(/ /g, '\u00a0')].join(' · '),
    status: textStatusLabel(facts, lang, lang),
  }, CACHE_DIR);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};

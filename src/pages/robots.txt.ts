import type { APIRoute } from 'astro';
import { SITEMAP_INDEX_PATH } from '../lib/linking/paths';
import { robotsTxt } from '../lib/linking/robots';

export const GET: APIRoute = ({ site }) => new Response(robotsTxt(new URL(SITEMAP_INDEX_PATH, site).href), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/** Every crawler may read everything; the sitemap line (absolute, as the robots.txt standard requires) tells them where to start. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}

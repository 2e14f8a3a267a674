// robots.txt: everything may be crawled; the sitemap lists the pages.

import type { APIRoute } from 'astro';
import { absoluteUrl, pathWithBase } from '../url/pathWithBase';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\nSitemap: ${absoluteUrl(pathWithBase('sitemap.xml'), site)}\n`, {
    headers: { 'Content-Type': 'text/plain' },
  });

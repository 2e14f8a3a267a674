// The site icon as PNG for the web manifest and Apple devices: icons/<name>.png

import type { APIRoute, GetStaticPaths } from 'astro';
import { iconPng } from '../../story/socialCard';

const icons = { 'icon-192': 192, 'icon-512': 512, 'apple-touch-icon': 180 } as const;

export const getStaticPaths = (() => Object.keys(icons).map((icon) => ({ params: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const size = icons[params.icon as keyof typeof icons];
  if (!size) throw new Error(`icons/${params.icon}.png: unknown icon`);
  return new Response(new Uint8Array(await iconPng(size)), { headers: { 'Content-Type': 'image/png' } });
};

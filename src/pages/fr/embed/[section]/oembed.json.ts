// oEmbed JSON des pages d'intégration françaises : /fr/embed/<section>/oembed.json
import type { APIRoute, GetStaticPaths } from 'astro';
import { oembedOf } from '../../../../embed/oembed';
import { sectionsOf } from '../../../../story/chapters';

export const getStaticPaths = (async () =>
  (await sectionsOf('fr')).map(({ id }) => ({ params: { section: id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => Response.json(await oembedOf('fr', params.section!, site));

import type { APIRoute } from 'astro';
import { webManifest } from '../../story/webManifest';

export const GET: APIRoute = () => webManifest('fr');

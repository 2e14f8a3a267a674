// Markdown plugin (Sätteri, Astro's Markdown processor): French typographic spacing
// (src/i18n/frenchSpacing.ts) in the prose of French MDX files, so authors type ordinary spaces and
// readers get no-break ones. Touches text nodes only: link targets, components and their props are
// left as written.

import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';
import { frenchSpacing } from '../i18n/frenchSpacing';

/** French content lives in a `fr/` folder or a `fr.mdx` file. */
export const isFrenchFile = (path: string | undefined) => /[\\/]fr[\\/]|[\\/]fr\.mdx?$/.test(path ?? '');

const spacing = defineMdastPlugin({
  name: 'french-spacing',
  text(node, context) {
    const value = frenchSpacing(node.value);
    if (value !== node.value) context.replaceNode(node, { type: 'text', value });
  },
});

export const frenchSpacingPlugin: MdastPluginEntry = ({ fileURL }) => (isFrenchFile(fileURL?.pathname) ? spacing : null);

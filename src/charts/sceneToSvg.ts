// Serialises a scene to SVG markup for the static HTML. The browser's `applyScene` reads the same
// structure back (layers as <g data-layer>, marks with data-key), so it can take over without a flash.

import type { Mark, Scene } from './scene';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => escapes[char]!);
}

function markToSvg(mark: Mark): string {
  const attrs = Object.entries(mark.attrs)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
  const open = `<${mark.tag} data-key="${escapeXml(mark.key)}"${attrs}`;
  return mark.text === undefined ? `${open}/>` : `${open}>${escapeXml(mark.text)}</${mark.tag}>`;
}

/** `id` must be unique in the page: it prefixes the title, description and clip-path ids. */
export function sceneToSvg(scene: Scene, { id, className = 'chart-svg' }: { id: string; className?: string }): string {
  const clip = scene.clip ?? { x: 0, y: 0, width: scene.width, height: scene.height };
  const layers = scene.layers
    .map((layer) => {
      const clipAttr = layer.clip ? ` clip-path="url(#${id}-clip)"` : '';
      return `<g data-layer="${escapeXml(layer.id)}"${clipAttr}>${layer.marks.map(markToSvg).join('')}</g>`;
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="${className}" viewBox="0 0 ${scene.width} ${scene.height}"` +
    ` width="${scene.width}" height="${scene.height}" role="img" aria-labelledby="${id}-title ${id}-desc" data-chart-id="${id}">` +
    `<title id="${id}-title">${escapeXml(scene.title)}</title><desc id="${id}-desc">${escapeXml(scene.description)}</desc>` +
    `<defs><clipPath id="${id}-clip"><rect data-clip="" x="${clip.x}" y="${clip.y}" width="${clip.width}" height="${clip.height}"/></clipPath></defs>` +
    `${layers}</svg>`
  );
}

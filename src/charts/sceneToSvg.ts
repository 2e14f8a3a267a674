// Serialises a scene to SVG markup for the static HTML. The browser's `applyScene` reads the same
// structure back (layers as <g data-layer>, marks with data-key), so it can take over without a flash.

import type { Mark, Scene } from './scene';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => escapes[char]!);
}

function markToSvg(mark: Mark, sharedPrefix: string | undefined): string {
  if (mark.shared && sharedPrefix !== undefined) {
    // A reference to the page's single copy of the geometry (see `sharedDefs`).
    const rest = Object.entries(mark.attrs)
      .filter(([name]) => name !== 'd')
      .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
      .join('');
    return `<use data-key="${escapeXml(mark.key)}" href="#${sharedPrefix}-${escapeXml(mark.key)}"${rest}/>`;
  }
  const attrs = Object.entries(mark.attrs)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
  const open = `<${mark.tag} data-key="${escapeXml(mark.key)}"${attrs}`;
  return mark.text === undefined ? `${open}/>` : `${open}>${escapeXml(mark.text)}</${mark.tag}>`;
}

/**
 * `id` must be unique in the page: it prefixes the title, description and clip-path ids. With
 * `sharedPrefix`, shared marks become `<use>` references to `sharedDefs(scene, sharedPrefix)`, which the
 * page must contain once.
 */
export function sceneToSvg(
  scene: Scene,
  {
    id,
    className = 'chart-svg',
    sharedPrefix,
    hidden = false,
    type,
  }: {
    id: string;
    className?: string;
    sharedPrefix?: string;
    /** Hidden from assistive technology (a picture whose words are given elsewhere). */
    hidden?: boolean;
    /** The type scale it was laid out with, written as `data-type` so the browser can adopt it as is. */
    type?: string;
  },
): string {
  const clip = scene.clip ?? { x: 0, y: 0, width: scene.width, height: scene.height };
  const layers = scene.layers
    .map((layer) => {
      const clipAttr = layer.clip ? ` clip-path="url(#${id}-clip)"` : '';
      return `<g data-layer="${escapeXml(layer.id)}"${clipAttr}>${layer.marks.map((mark) => markToSvg(mark, sharedPrefix)).join('')}</g>`;
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="${className}" viewBox="0 0 ${scene.width} ${scene.height}"` +
    ` width="${scene.width}" height="${scene.height}"${hidden ? ' aria-hidden="true"' : ` role="img" aria-labelledby="${id}-title ${id}-desc"`} data-chart-id="${id}"${type ? ` data-type="${type}"` : ''}>` +
    `<title id="${id}-title">${escapeXml(scene.title)}</title><desc id="${id}-desc">${escapeXml(scene.description)}</desc>` +
    `<defs><clipPath id="${id}-clip"><rect data-clip="" x="${clip.x}" y="${clip.y}" width="${clip.width}" height="${clip.height}"/></clipPath></defs>` +
    `${layers}</svg>`
  );
}

/** A hidden SVG holding the scene's shared geometry once, for the `<use>` references of `sceneToSvg`. */
export function sharedDefs(scene: Scene, sharedPrefix: string): string {
  const paths = scene.layers
    .flatMap((layer) => layer.marks)
    .filter((mark) => mark.shared && mark.tag === 'path')
    .map((mark) => `<path id="${sharedPrefix}-${escapeXml(mark.key)}" d="${escapeXml(String(mark.attrs.d ?? ''))}"/>`);
  return paths.length === 0 ? '' : `<svg class="svg-defs" aria-hidden="true" focusable="false"><defs>${paths.join('')}</defs></svg>`;
}

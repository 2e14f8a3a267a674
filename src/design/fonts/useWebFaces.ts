// Puts the web faces in use, once the page's first paint is on screen (the layout calls it then:
// see src/layouts/afterFirstPaint.ts). Until then, and for good if a face fails to arrive, the text
// is set in the sized fallbacks (faces.ts; the page carries data-fonts="later" or "fallback"). The
// page is then laid out again in the web faces a part at a time, one part per frame, the reader's
// first: the bar and the first screen, then each of <main>'s sections by its distance from the
// screen. Kept for the TBT target: all at once, Lighthouse TBT median 33.5 ms (16–49) against 16
// (0–21.5) this way (npm run bench against that variant, 5 runs each). Then data-fonts="ready" and a
// "story-fonts" event tell code that measures or places text.
//
// It runs as an inline script (the layout writes its source into the page), so it uses nothing but
// its arguments and the browser's globals.

export interface WebFaceLoad {
  /** The CSS variable Astro's <Font> defines; its first family is the web face. */
  variable: string;
  style: string;
  weight: number;
}

export function useWebFaces(faces: readonly WebFaceLoad[]): Promise<void> {
  const root = document.documentElement;
  const done = (state: 'ready' | 'fallback') => {
    root.dataset.fonts = state;
    document.dispatchEvent(new Event('story-fonts'));
  };
  const rootStyle = getComputedStyle(root);
  const loads = faces.map(({ variable, style, weight }) => {
    const family = rootStyle.getPropertyValue(variable).split(',')[0]!.trim();
    return document.fonts.load(`${style} ${weight} 1em ${family}`);
  });
  return Promise.allSettled(loads).then((results) => {
    // A face that did not arrive leaves the page in its sized fallbacks, not half-changed.
    if (!results.every((result) => result.status === 'fulfilled' && result.value.length > 0)) return done('fallback');
    const away = (part: Element) => {
      const box = part.getBoundingClientRect();
      return Math.max(0, box.top - innerHeight, -box.bottom);
    };
    const parts = [...document.querySelectorAll<HTMLElement>('main > *')].map((part) => ({ part, away: away(part) }));
    for (const { part } of parts) part.dataset.fonts = 'later';
    parts.sort((a, b) => a.away - b.away);
    root.dataset.fonts = 'in';
    const next = () =>
      requestAnimationFrame(() =>
        setTimeout(() => {
          const part = parts.shift()?.part;
          if (!part) return done('ready');
          delete part.dataset.fonts;
          next();
        }),
      );
    next();
  });
}

// The story layout's head script, written into the page as an inline script (no request before the
// first paint); it uses nothing but its arguments and the browser's globals.
//
// The page is served static (what a reader without JavaScript gets); with a script it animates
// unless the reader chose static reading earlier. After the first screen's paint, which waits for
// the HTML alone: the web faces (`useWebFaces`) and the page's scripts, whose tags wait, inert, in
// <template data-after-first-paint>. When every script has run (or failed): data-scripts="run".

import type { useWebFaces as UseWebFaces, WebFaceLoad } from '../design/fonts/useWebFaces';

export function afterFirstPaint(useWebFaces: typeof UseWebFaces, faces: readonly WebFaceLoad[]): void {
  const root = document.documentElement;
  let reading = null;
  try {
    reading = localStorage.getItem('story-reading');
  } catch {
    // Storage refused (a private window's setting): the page animates.
  }
  if (reading !== 'static') root.classList.remove('is-static');
  root.dataset.fonts = 'later';

  const startScripts = () => {
    const tags = [...document.querySelectorAll<HTMLTemplateElement>('template[data-after-first-paint]')].flatMap((template) => [
      ...template.content.querySelectorAll('script'),
    ]);
    let running = tags.length;
    const ran = () => {
      running -= 1;
      if (running <= 0) root.dataset.scripts = 'run';
    };
    if (running === 0) root.dataset.scripts = 'run';
    for (const tag of tags) {
      const script = document.createElement('script');
      for (const { name, value } of tag.attributes) script.setAttribute(name, value);
      script.addEventListener('load', ran);
      script.addEventListener('error', ran);
      document.body.append(script);
    }
  };
  // Once the whole HTML is parsed and the first paint has been shown, two frames later (the frame
  // after parsing draws the first screen if an earlier paint showed only the bar, and a frame
  // reaches the screen a frame or so after it is drawn).
  const parsed = new Promise((resolve) => addEventListener('DOMContentLoaded', resolve));
  const painted = new Promise<void>((resolve) => {
    if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) return resolve();
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      resolve();
    }).observe({ type: 'paint', buffered: true });
  });
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  void Promise.all([parsed, painted])
    .then(frame)
    .then(frame)
    .then(() =>
      setTimeout(() => {
        void useWebFaces(faces);
        startScripts();
      }),
    );
}

// Every internal URL goes through here, so the site works at "/" and under a GitHub Pages project
// path such as "/deepseek-selloff/". Pure: the base is passed in (import.meta.env.BASE_URL in pages).

/** Joins a site base ("/" or "/repo" or "/repo/") and a path ("charts/x.json" or "/charts/x.json"). */
export function joinBase(base: string, path: string): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  const tail = path.replace(/^\/+/, '');
  return `${head.startsWith('/') ? head : `/${head}`}${tail}`;
}

export function pathWithBase(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

// The built site's pages as parsed documents, for tests that judge what a reader sees.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Window } from 'happy-dom';
import { inject } from 'vitest';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    // The chart gallery is a maintainers' page, both editions side by side: test/build/gallery.test.ts.
    if (name === 'gallery') return [];
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return path.endsWith('.html') ? [path] : [];
  });
}

/** Every built page under `folder` (e.g. "fr"), with its path relative to the site root. */
export function builtPages(folder = ''): { page: string; document: Document }[] {
  const root = inject('builtSite');
  if (!root) throw new Error('no built site: this run set STORY_SKIP_SITE_BUILD');
  return htmlFiles(join(root, folder)).map((file) => {
    const window = new Window();
    const document = new window.DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html') as unknown as Document;
    return { page: relative(root, file), document };
  });
}

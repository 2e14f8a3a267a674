// The chapters as the content collection defines them (front matter of content/chapters/*.mdx),
// read directly so end-to-end tests do not depend on Astro's runtime.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ChapterUnderTest {
  id: string;
  order: number;
  title: string;
}

export function chapterFiles(locale = 'en'): ChapterUnderTest[] {
  const dir = `content/chapters/${locale}`;
  return readdirSync(dir)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const front = readFileSync(join(dir, file), 'utf8').split('---')[1] ?? '';
      const field = (name: string) => new RegExp(`^${name}:\\s*(.+)$`, 'm').exec(front)?.[1]?.trim() ?? '';
      return { id: file.replace(/^\d+-/, '').replace(/\.mdx$/, ''), order: Number(field('order')), title: field('title') };
    })
    .sort((a, b) => a.order - b.order);
}

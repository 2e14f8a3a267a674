// Build-time only: a 1200×630 social card (Open Graph, Twitter) for the story or a chapter: its
// kicker and title above the real chart in a chosen state, rasterised to PNG with sharp. The chart
// styles are chart.css and the charts' own style.css with the light theme's tokens written in, as the rasteriser has no page CSS;
// text is set in DejaVu, which the CI machine installs, so cards come out the same on every build.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { wrapText } from '../charts/shared/annotations';
import type { PreparedChart } from './chartRegistry';
import { escapeXml, sceneToSvg } from '../charts/shared/sceneToSvg';
import { palette } from '../design/tokens';
import type { Locale } from '../i18n/locales';

export const cardSize = { width: 1200, height: 630 } as const;
export const cardFonts = { sans: "'DejaVu Sans', sans-serif", serif: "'DejaVu Serif', serif" };
/** The title's left edge; it keeps the same margin on the right. */
export const cardTitleX = 60;
/**
 * Titles are wrapped with Inter's measured widths, which DejaVu Serif Bold exceeds by up to a fifth:
 * the factor keeps every line inside the card (test/story/socialCard.test.ts rasterises each line).
 */
const serifWidthFactor = 1.22;

/** A card title's lines and type size: the largest size that sets it in three lines or fewer. */
export function cardTitleLayout(title: string): { size: number; lineHeight: number; lines: string[] } {
  const maxWidth = (cardSize.width - 2 * cardTitleX) / serifWidthFactor;
  for (const size of [44, 40, 36, 32]) {
    const lines = wrapText(title, { maxWidth, size, weight: 700 });
    if (lines.length <= 3) return { size, lineHeight: Math.round(size * 1.23), lines };
  }
  throw new Error(`social card: "${title}" does not fit in three lines; shorten it`);
}

/** chart.css and every chart folder's style.css, each custom property replaced by its light-theme value; read once per build. */
let chartCss: string | undefined;
const resolvedChartCss = () => (chartCss ??= resolveChartCss());

function resolveChartCss(): string {
  const charts = join(process.cwd(), 'src', 'charts');
  const css = [
    join(process.cwd(), 'src', 'styles', 'chart.css'),
    ...readdirSync(charts)
      .sort()
      .map((folder) => join(charts, folder, 'style.css'))
      .filter((file) => existsSync(file)),
  ]
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  const values = new Map<string, string>([
    ...Object.entries(palette.light).map(([name, value]) => [`--color-${kebab(name)}`, value] as [string, string]),
    ['--font-sans', cardFonts.sans],
  ]);
  return css.replace(/var\((--[a-z0-9-]+)\)/g, (_, name: string) => {
    const value = values.get(name);
    if (value === undefined) throw new Error(`social card: chart.css uses ${name}, which has no token`);
    return value;
  });
}

export async function socialCardPng({
  kicker,
  title,
  chart,
  state,
  locale,
}: {
  kicker: string;
  title: string;
  chart: PreparedChart;
  state: string;
  locale: Locale;
}): Promise<Buffer> {
  if (!chart.states.includes(state)) throw new Error(`social card: chart ${chart.name} has no state "${state}"`);
  const { width, height } = cardSize;
  const colors = palette.light;
  const titleLayout = cardTitleLayout(title);
  const chartTop = 90 + titleLayout.lines.length * titleLayout.lineHeight;
  // Charts with many parts (the map) need more height than the card has: they are laid out taller
  // and scaled down to fit, keeping their proportions.
  const box = { width: width - 80, height: height - chartTop - 30 };
  const scene = chart.render({ state, width: box.width, height: Math.max(box.height, 560), locale, typeScale: 'large' });
  const chartSvg = sceneToSvg(scene, { id: 'card' }).replace(
    `width="${scene.width}" height="${scene.height}"`,
    `x="40" y="${chartTop}" width="${box.width}" height="${box.height}"`,
  );
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<style>${resolvedChartCss()}</style>` +
    `<rect width="${width}" height="${height}" fill="${colors.paper}"/>` +
    `<rect width="${width}" height="8" fill="${colors.loss}"/>` +
    `<text x="60" y="66" font-family="${cardFonts.sans}" font-size="22" font-weight="700" letter-spacing="2" fill="${colors.loss}">${escapeXml(kicker.toUpperCase())}</text>` +
    titleLayout.lines
      .map(
        (line, index) =>
          `<text x="${cardTitleX}" y="${74 + titleLayout.size + index * titleLayout.lineHeight}" font-family="${cardFonts.serif}" font-size="${titleLayout.size}" font-weight="700" fill="${colors.ink}">${escapeXml(line)}</text>`,
      )
      .join('') +
    chartSvg +
    `</svg>`;
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
}

/** The site's icon (public/favicon.svg) as a square PNG. */
export async function iconPng(size: number): Promise<Buffer> {
  const svg = readFileSync(join(process.cwd(), 'public', 'favicon.svg'));
  return sharp(svg, { density: Math.ceil((72 * size) / 32) })
    .resize(size, size)
    .png()
    .toBuffer();
}

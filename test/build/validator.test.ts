// Every built page passes the W3C Nu HTML Checker (vnu-jar, run on Java): 0 errors. The checker's
// CSS grammar predates two properties the pages use on purpose (CSS `paint-order` for label halos,
// `animation-timeline` for the scroll progress bar), so those two CSS messages, and only they, pass.
import { spawnSync } from 'node:child_process';
import vnu from 'vnu-jar';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';

const knownCssGaps = /error: CSS: “(paint-order|animation-timeline)”: Property “\1” doesn't exist\.$/;

/** The checker's error lines for a folder of HTML, less the CSS gaps above. */
function validatorErrors(folder: string): string[] {
  const run = spawnSync('java', ['-jar', vnu, '--format', 'gnu', '--errors-only', '--skip-non-html', folder], { encoding: 'utf8' });
  if (run.error) throw new Error(`the HTML checker needs Java on the PATH (${run.error.message})`);
  return run.stderr
    .split('\n')
    .filter((line) => line.trim() && !knownCssGaps.test(line))
    .map((line) => line.replace(/^"file:[^"]*?\/dist\//, '"'));
}

describe('the W3C HTML checker', () => {
  it('reports no error on any built page, in either edition', () => {
    const site = inject('builtSite');
    if (!site) throw new Error('no built site: this run set STORY_SKIP_SITE_BUILD');
    expect(validatorErrors(site)).toEqual([]);
  });
});

// An Astro integration that validates every CSV in content/data when the build (or dev server)
// starts, so a bad file stops everything with the file and row named, even if no page reads it yet.

import type { AstroIntegration } from 'astro';
import { validateAllDatasets } from '../story/loadStory';

export function validateData(): AstroIntegration {
  return {
    name: 'validate-data',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const checked = validateAllDatasets();
        logger.info(`${checked.length} datasets valid (${checked.map((entry) => `${entry.file}: ${entry.rows} rows`).join(', ')})`);
      },
    },
  };
}

import { describe, expect, it } from 'vitest';
import { joinBase } from '../../src/url/pathWithBase';

describe('joinBase(base, path)', () => {
  it('works at the site root', () => {
    expect(joinBase('/', 'charts/x.json')).toBe('/charts/x.json');
    expect(joinBase('/', '/favicon.svg')).toBe('/favicon.svg');
  });

  it('works under a GitHub Pages project path, with or without slashes', () => {
    expect(joinBase('/deepseek-selloff', 'charts/x.json')).toBe('/deepseek-selloff/charts/x.json');
    expect(joinBase('/deepseek-selloff/', '/charts/x.json')).toBe('/deepseek-selloff/charts/x.json');
    expect(joinBase('deepseek-selloff/', '')).toBe('/deepseek-selloff/');
  });
});

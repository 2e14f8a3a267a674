// English quotation marks, apostrophes and dashes as a copy desk sets them, without changing a word.
import { describe, expect, it } from 'vitest';
import { typographicQuotes } from '../../src/format/typographicQuotes';

describe('typographicQuotes(text)', () => {
  it('turns straight marks into curly ones, opening and closing', () => {
    expect(typographicQuotes(`If it's true that DeepSeek is the proverbial 'better mousetrap,' that could`)).toBe(
      'If it’s true that DeepSeek is the proverbial ‘better mousetrap,’ that could',
    );
    expect(typographicQuotes(`He said "no".`)).toBe('He said “no”.');
    expect(typographicQuotes(`"'Sputnik moment' sparks rout"`)).toBe('“‘Sputnik moment’ sparks rout”');
  });

  it('sets plural possessives and spaced hyphens', () => {
    expect(typographicQuotes("investors' money")).toBe('investors’ money');
    expect(typographicQuotes('here - the next couple of days - is')).toBe('here – the next couple of days – is');
  });
});

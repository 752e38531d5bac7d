import { describe, expect, it } from 'vitest';
import { requestLang } from '../../src/slack/locale.js';

describe('the language of a request', () => {
  it('is Dutch when the request does not say', () => {
    expect(requestLang({ user: { id: 'U1' } })).toBe('nl');
    expect(requestLang(undefined)).toBe('nl');
  });

  it('follows the Slack locale where the request carries it: Dutch for nl-*, English otherwise', () => {
    expect(requestLang({ user: { id: 'U1', locale: 'nl-NL' } })).toBe('nl');
    expect(requestLang({ user: { id: 'U1', locale: 'en-GB' } })).toBe('en');
    expect(requestLang({ locale: 'de-DE' })).toBe('en');
  });
});

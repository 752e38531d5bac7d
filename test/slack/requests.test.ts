import { describe, expect, it } from 'vitest';
import { parseRequest, plainText } from '../../src/slack/requests.js';

describe('what people type', () => {
  it('nothing, menu or topics shows the menu', () => {
    for (const text of ['', '  ', 'menu', 'Onderwerpen'])
      expect(parseRequest(text, 'nl')).toEqual({ kind: 'menu', lang: 'nl' });
  });

  it('help, privacy and lang are subcommands only on their own', () => {
    expect(parseRequest('help', 'nl').kind).toBe('help');
    expect(parseRequest('hulp', 'nl').kind).toBe('help');
    expect(parseRequest('privacy', 'en').kind).toBe('privacy');
    expect(parseRequest('privacy camera op kantoor', 'nl')).toEqual({
      kind: 'ask',
      text: 'privacy camera op kantoor',
      lang: 'nl',
    });
  });

  it('lang nl|en switches the language, and may be followed by a question', () => {
    expect(parseRequest('lang en', 'nl')).toEqual({ kind: 'menu', lang: 'en' });
    expect(parseRequest('taal NL', 'en')).toEqual({ kind: 'menu', lang: 'nl' });
    expect(parseRequest('lang en fingerprint at the till', 'nl')).toEqual({
      kind: 'ask',
      text: 'fingerprint at the till',
      lang: 'en',
    });
    expect(parseRequest('lang de', 'nl')).toEqual({ kind: 'lang_usage', lang: 'nl' });
    expect(parseRequest('lang', 'nl')).toEqual({ kind: 'lang_usage', lang: 'nl' });
  });

  it('anything else is a question', () => {
    expect(parseRequest('mag mijn baas dat?', 'nl')).toEqual({ kind: 'ask', text: 'mag mijn baas dat?', lang: 'nl' });
  });

  it('Slack markup is removed before routing', () => {
    expect(plainText('<@U0BOTU0001> mag <https://example.com|dit> &amp; dat &lt;nu&gt;? <#C0CHAN0001|algemeen>')).toBe(
      'mag dit & dat <nu>?',
    );
  });
});

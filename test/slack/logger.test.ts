import { LogLevel, webApi } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { createPrivateLogger, describe as describePart, scrub } from '../../src/slack/logger.js';

describe('the private logger', () => {
  it('cuts JSON dumps, such as the request bodies Bolt and the Web API client log at debug level', () => {
    expect(scrub('http request body: {"channel":"C0CHAN0001","text":"mijn vraag"}')).toBe('http request body: ‹…›');
    expect(scrub('ack() call begins (body: [{"type":"section"}])')).toBe('ack() call begins (body: ‹…›');
  });

  it('masks Slack ids, conversation states and response URLs, keeping API method names', () => {
    expect(scrub('user U0USER0001 in C0CHAN0001 of T0TEAM0001')).toBe('user ‹id› in ‹id› of ‹id›');
    expect(scrub('value 1:nl:biometrics:abcd1234:till.required:Xy12Zq')).toBe('value ‹state›');
    expect(scrub('POST https://hooks.slack.com/actions/T0TEAM0001/123/abc failed')).toBe(
      'POST https://hooks.slack.com/‹…› failed',
    );
    expect(scrub('http request url: https://slack.com/api/chat.postMessage')).toBe(
      'http request url: https://slack.com/api/chat.postMessage',
    );
  });

  it('describes errors by name, code and Slack error, and other objects only by kind', () => {
    const platform = new webApi.WebAPIPlatformError({ ok: false, error: 'not_in_channel' });
    expect(describePart(platform)).toBe(
      'WebAPIPlatformError [slack_webapi_platform_error]: An API error occurred: not_in_channel (not_in_channel)',
    );
    expect(describePart({ text: 'geheim' })).toBe('[object]');
  });

  it('writes only at or above its level, which Bolt may change', () => {
    const lines: string[] = [];
    const logger = createPrivateLogger(LogLevel.INFO, (line) => lines.push(line));
    logger.debug('hidden');
    logger.info('shown');
    logger.setLevel(LogLevel.DEBUG);
    logger.debug('now shown');
    expect(lines.map((l) => l.replace(/^\S+ /, ''))).toEqual([
      'INFO monitorwijzer shown',
      'DEBUG monitorwijzer now shown',
    ]);
    expect(logger.getLevel()).toBe(LogLevel.DEBUG);
  });
});

import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';

const BOT = 'xoxb-1111-2222-abcdef';
const APP = 'xapp-1-A111-2222-abcdef';
const SECRET = '8f742231b10e8888abcd99yyyzzz85a5';

describe('configuration from the environment', () => {
  it('without any Slack variable runs the terminal guide', () => {
    expect(loadConfig({})).toEqual({ ok: true, config: { mode: 'terminal', logLevel: 'info' } });
  });

  it('with a bot token and an app-level token runs in socket mode', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP })).toMatchObject({
      ok: true,
      config: { mode: 'socket', botToken: BOT, appToken: APP },
    });
  });

  it('with a bot token and a signing secret runs in HTTP mode, on port 3000 unless PORT says otherwise', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET })).toMatchObject({
      ok: true,
      config: { mode: 'http', port: 3000 },
    });
    expect(loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, PORT: '8080' })).toMatchObject({
      ok: true,
      config: { port: 8080 },
    });
  });

  it('listens on all interfaces unless HOST names one, such as loopback behind a local proxy', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET })).toMatchObject({
      config: { host: undefined },
    });
    expect(loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, HOST: '127.0.0.1' })).toMatchObject({
      config: { host: '127.0.0.1' },
    });
    expect(loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, HOST: 'local host' })).toMatchObject({
      ok: false,
    });
  });

  it('prefers socket mode when both are set, unless SLACK_MODE picks HTTP', () => {
    const both = { SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_SIGNING_SECRET: SECRET };
    expect(loadConfig(both)).toMatchObject({ config: { mode: 'socket' } });
    expect(loadConfig({ ...both, SLACK_MODE: 'http' })).toMatchObject({ config: { mode: 'http' } });
  });

  it('passes on the Web API URL, log level, organisation file and knowledge folder', () => {
    const result = loadConfig({
      SLACK_BOT_TOKEN: BOT,
      SLACK_APP_TOKEN: APP,
      SLACK_API_URL: 'http://127.0.0.1:9999/api/',
      LOG_LEVEL: 'debug',
      MONITORWIJZER_ORG: 'org.yml',
      MONITORWIJZER_DIR: '/srv/kennis',
    });
    expect(result).toMatchObject({
      config: { apiUrl: 'http://127.0.0.1:9999/api/', logLevel: 'debug', org: 'org.yml', dir: '/srv/kennis' },
    });
  });

  it('shares redeliveries through the database DATABASE_URL names, and needs none without it', () => {
    const http = { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET };
    const alone = loadConfig(http);
    expect(alone.ok && 'database' in alone.config).toBe(false);
    expect(loadConfig({ ...http, DATABASE_URL: 'postgres://mw@db:5432/monitorwijzer' })).toMatchObject({
      config: { database: { url: 'postgres://mw@db:5432/monitorwijzer' } },
    });
    expect(loadConfig({ ...http, DATABASE_URL: 'mysql://db/monitorwijzer' })).toMatchObject({ ok: false });
  });

  it('treats empty values as not set', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '', PORT: '', LOG_LEVEL: '' })).toMatchObject({
      ok: true,
      config: { mode: 'terminal' },
    });
  });

  it('lists every missing or invalid variable in one message', () => {
    const result = loadConfig({
      SLACK_BOT_TOKEN: 'xoxp-user-token',
      SLACK_SIGNING_SECRET: SECRET,
      PORT: 'eighty',
      LOG_LEVEL: 'loud',
      SLACK_API_URL: 'not a url',
    });
    expect(result.ok).toBe(false);
    const message = result.ok ? '' : result.message;
    for (const name of ['SLACK_BOT_TOKEN', 'PORT', 'LOG_LEVEL', 'SLACK_API_URL']) expect(message).toContain(name);
    expect(message.split('\n').filter((l) => l.includes('✖'))).toHaveLength(4);
  });

  it('says what a mode lacks', () => {
    const message = (env: Record<string, string>) => {
      const result = loadConfig(env);
      return result.ok ? '' : result.message;
    };
    expect(message({ SLACK_APP_TOKEN: APP })).toContain('SLACK_BOT_TOKEN: missing');
    expect(message({ SLACK_BOT_TOKEN: BOT })).toContain('SLACK_APP_TOKEN or SLACK_SIGNING_SECRET: missing');
    expect(message({ SLACK_BOT_TOKEN: BOT, SLACK_MODE: 'http' })).toContain('SLACK_SIGNING_SECRET: missing');
    expect(message({ SLACK_BOT_TOKEN: BOT, SLACK_MODE: 'socket' })).toContain('SLACK_APP_TOKEN: missing');
  });

  it('never repeats a secret in its message', () => {
    const result = loadConfig({ SLACK_BOT_TOKEN: 'xoxp-secret-value', SLACK_APP_TOKEN: 'wrong-secret-value' });
    expect(result.ok ? '' : result.message).not.toContain('secret-value');
  });
});

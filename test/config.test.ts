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

  describe('OAuth mode (distribution)', () => {
    const KEY = Buffer.alloc(32, 7).toString('base64');
    const OLD_KEY = Buffer.alloc(32, 9).toString('base64');
    const oauth = {
      SLACK_CLIENT_ID: '1111111111.2222222222',
      SLACK_CLIENT_SECRET: 'client-secret-0123456789abcdef',
      SLACK_STATE_SECRET: 'state-secret-0123456789abcdef0123456789',
      SLACK_SIGNING_SECRET: SECRET,
      MONITORWIJZER_SECRET_KEY: KEY,
    };
    const message = (env: Record<string, string>) => {
      const result = loadConfig(env);
      return result.ok ? '' : result.message;
    };

    it('runs over HTTP with the embedded database in ./data unless DATABASE_URL or MONITORWIJZER_DATA says otherwise', () => {
      expect(loadConfig(oauth)).toMatchObject({
        ok: true,
        config: { mode: 'oauth', port: 3000, database: { dataDir: './data' }, secretKeys: [Buffer.alloc(32, 7)] },
      });
      expect(loadConfig({ ...oauth, MONITORWIJZER_DATA: '/var/lib/mw' })).toMatchObject({
        config: { database: { dataDir: '/var/lib/mw' } },
      });
      expect(loadConfig({ ...oauth, DATABASE_URL: 'postgresql://mw@db/mw' })).toMatchObject({
        config: { database: { url: 'postgresql://mw@db/mw' } },
      });
    });

    it('takes older keys after the newest, for rotation', () => {
      expect(loadConfig({ ...oauth, MONITORWIJZER_SECRET_KEY: `${KEY},${OLD_KEY}` })).toMatchObject({
        config: { secretKeys: [Buffer.alloc(32, 7), Buffer.alloc(32, 9)] },
      });
    });

    it('refuses to start without a key, and says why', () => {
      const { MONITORWIJZER_SECRET_KEY: _, ...keyless } = oauth;
      expect(message(keyless)).toContain(
        'MONITORWIJZER_SECRET_KEY: missing (OAuth mode stores each workspace’s bot token encrypted',
      );
      expect(message({ ...oauth, MONITORWIJZER_SECRET_KEY: 'too-short' })).toContain('32 random bytes in base64');
      expect(message({ ...oauth, MONITORWIJZER_SECRET_KEY: `${KEY},x` })).toContain('MONITORWIJZER_SECRET_KEY');
    });

    it('names what is missing or does not belong', () => {
      expect(message({ SLACK_CLIENT_ID: oauth.SLACK_CLIENT_ID })).toMatch(
        /SLACK_CLIENT_SECRET: missing[\s\S]*SLACK_STATE_SECRET: missing[\s\S]*SLACK_SIGNING_SECRET: missing/,
      );
      expect(message({ ...oauth, SLACK_BOT_TOKEN: BOT })).toContain('SLACK_BOT_TOKEN: not used in OAuth mode');
      expect(message({ ...oauth, SLACK_APP_TOKEN: APP })).toContain('OAuth mode runs over HTTP only');
      expect(message({ ...oauth, SLACK_STATE_SECRET: 'short' })).toContain('SLACK_STATE_SECRET');
    });

    it('never repeats a secret or key in its message', () => {
      const text = message({ ...oauth, SLACK_CLIENT_ID: 'x', MONITORWIJZER_SECRET_KEY: 'secret-value-key' });
      expect(text).not.toContain('secret-value');
      expect(text).not.toContain(oauth.SLACK_CLIENT_SECRET);
    });
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

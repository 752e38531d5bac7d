import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SHORTCUTS } from '../../src/slack/ui/ids.js';

const manifest = parse(readFileSync(new URL('../../manifest.yml', import.meta.url), 'utf8'));
/** Slack's official manifest schema, v1.0.0 (see test/fixtures/slack-schemas/PROVENANCE.md). */
const schema = JSON.parse(
  readFileSync(new URL('../fixtures/slack-schemas/slack-manifest.schema.json', import.meta.url), 'utf8'),
);
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

describe('manifest.yml', () => {
  it('is valid against Slack’s manifest schema', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(manifest), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('is checked by a validator that does reject a broken manifest', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const longName = structuredClone(manifest);
    longName.features.shortcuts[1].name = 'Vraag monitorwijzer hierover';
    expect(validate(longName)).toBe(false);
    expect(validate({ ...manifest, settings: { ...manifest.settings, socket_mode: true } })).toBe(false);
  });

  it('declares the command and shortcuts the listeners answer', () => {
    expect(manifest.features.slash_commands.map((c: { command: string }) => c.command)).toEqual(['/monitorwijzer']);
    expect(
      manifest.features.shortcuts.map((s: { callback_id: string; type: string }) => [s.type, s.callback_id]),
    ).toEqual([
      ['global', SHORTCUTS.checkTool],
      ['message', SHORTCUTS.askAboutMessage],
    ]);
    expect(manifest.features.shortcuts[0].name).toBe('Check een monitoringtool');
  });

  it('has Home with both tabs, interactivity, the three events and socket mode on', () => {
    expect(manifest.features.app_home).toMatchObject({ home_tab_enabled: true, messages_tab_enabled: true });
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual([
      'app_home_opened',
      'app_mention',
      'message.im',
    ]);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });

  it('asks only for the bot scopes the app uses, and no user scopes', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([
      'app_mentions:read',
      'chat:write',
      'commands',
      'im:history',
    ]);
    expect(manifest.oauth_config.scopes.user).toBeUndefined();
  });

  it('presents the app in Dutch', () => {
    expect(manifest.display_information.description).toMatch(/werkgever/);
  });
});

describe('manifest.distributed.yml', () => {
  const distributed = parse(readFileSync(new URL('../../manifest.distributed.yml', import.meta.url), 'utf8'));

  it('is valid against Slack’s manifest schema', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(distributed), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('has the same features and scopes as manifest.yml', () => {
    expect(distributed.display_information).toEqual(manifest.display_information);
    expect(distributed.oauth_config.scopes).toEqual(manifest.oauth_config.scopes);
    expect(distributed.features.shortcuts).toEqual(manifest.features.shortcuts);
    const { url, ...command } = distributed.features.slash_commands[0];
    expect([command]).toEqual(manifest.features.slash_commands);
    expect(url).toMatch(/\/slack\/events$/);
  });

  it('serves HTTP, redirects installs to /slack/oauth_redirect, allows org-wide installs and hears uninstalls', () => {
    expect(distributed.settings.socket_mode_enabled).toBe(false);
    expect(distributed.oauth_config.redirect_urls).toEqual([expect.stringMatching(/\/slack\/oauth_redirect$/)]);
    expect(distributed.settings.org_deploy_enabled).toBe(true);
    expect(distributed.settings.event_subscriptions.bot_events).toEqual([
      ...manifest.settings.event_subscriptions.bot_events,
      'app_uninstalled',
      'tokens_revoked',
    ]);
  });
});

import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { Installations } from '../../../store/installations.js';

/**
 * The app was removed from a workspace, or its bot token revoked: the installation and every setting of
 * that workspace are deleted (the settings go with the installation's row). Bolt delivers these events
 * without looking the installation up, so they arrive even when it is gone already.
 */
export function registerUninstall(app: App, installations: Installations): void {
  app.event('app_uninstalled', async ({ context }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_uninstalled'>) => {
    await installations.deleteInstallation(workspaceOf(context));
  });
  app.event(
    'tokens_revoked',
    async ({ event, context }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'tokens_revoked'>) => {
      if (event.tokens.bot?.length) await installations.deleteInstallation(workspaceOf(context));
    },
  );
}

function workspaceOf(context: AllMiddlewareArgs['context']) {
  return {
    teamId: context.teamId,
    enterpriseId: context.enterpriseId,
    isEnterpriseInstall: context.isEnterpriseInstall === true,
  } as Parameters<Installations['deleteInstallation']>[0];
}

import { createHash } from 'node:crypto';
import type { InstallURLOptions, StateStore } from '@slack/bolt';
import oauth from '@slack/oauth';
import type { SeenEvents } from '../slack/dedupe.js';

/**
 * The OAuth state: Bolt's own signed, expiring state (ClearStateStore, keyed by SLACK_STATE_SECRET), used
 * once. Bolt checks that the state came back to the browser it was given to; here a state that already
 * completed an install is refused too, on whichever instance the redirect lands.
 */

/** Bolt's default lifetime of a state, and of the cookie that carries it. */
export const STATE_LIFETIME_SECONDS = 600;

// A CommonJS package whose named exports Node cannot all see from ESM: taken from its default export.
const { ClearStateStore, InvalidStateError } = oauth;

export function oneTimeState(stateSecret: string, used: SeenEvents): StateStore {
  const signed = new ClearStateStore(stateSecret, STATE_LIFETIME_SECONDS);
  return {
    generateStateParam: (options: InstallURLOptions, now: Date) => signed.generateStateParam(options, now),
    async verifyStateParam(now: Date, state: string) {
      const options = await signed.verifyStateParam(now, state);
      const id = `oauth-state:${createHash('sha256').update(state).digest('base64url')}`;
      if (!(await used.firstTime(id))) throw new InvalidStateError('The state value was used already');
      return options;
    },
  };
}

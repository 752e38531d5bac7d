import type { Context } from '@slack/bolt';
import type { Guide } from '../../guide/guide.js';

/** The guide a request is answered with: the same knowledge everywhere, with its workspace's own settings. */
export type GuideFor = (context: Context) => Guide;

/** A listener made for each request from the guide of that request's workspace. */
export const perRequest =
  <Args extends { context: Context }>(guideFor: GuideFor, make: (guide: Guide) => (args: Args) => Promise<void>) =>
  (args: Args): Promise<void> =>
    make(guideFor(args.context))(args);

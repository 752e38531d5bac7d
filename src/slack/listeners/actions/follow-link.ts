import type { ButtonListener } from './types.js';

/** Link buttons open in Slack by themselves, but Slack still sends the click and expects an ack. */
export const followLink: ButtonListener = async ({ ack }) => {
  await ack();
};

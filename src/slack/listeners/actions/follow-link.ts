import type { ButtonArgs } from './navigate.js';

/** Link buttons open in Slack by themselves, but Slack still sends the click and expects an ack. */
export async function followLink({ ack }: ButtonArgs): Promise<void> {
  await ack();
}

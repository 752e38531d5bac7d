/* Kept apart from harness.ts, which loads nock (see guide.ts). */

export interface FoundButton {
  action_id: string;
  value?: string;
  url?: string;
  style?: string;
  text: { text: string };
}

/** Every button in a list of blocks, in reading order. */
export function buttonsIn(blocks: any[]): FoundButton[] {
  return blocks.flatMap((b) => [
    ...(b.type === 'actions' ? b.elements : []),
    ...(b.accessory?.type === 'button' ? [b.accessory] : []),
  ]);
}

export function buttonIn(blocks: any[], actionId: string | RegExp): FoundButton {
  const found = buttonsIn(blocks).find((b) =>
    typeof actionId === 'string' ? b.action_id === actionId : actionId.test(b.action_id),
  );
  if (!found)
    throw new Error(
      `no button ${String(actionId)} in: ${buttonsIn(blocks)
        .map((b) => b.action_id)
        .join(', ')}`,
    );
  return found;
}

/**
 * Bolt runs every listener whose id matches, so a listener registered on any id (`ANY`) answers what no other
 * listener knows (a button from a message an older version sent, a modal or shortcut out of step with the
 * manifest) and steps aside for the ids the others handle.
 */
export const ANY = /.*/;

export function forOthers<Args>(
  isKnown: (id: string) => boolean,
  idOf: (args: Args) => string,
  listener: (args: Args) => Promise<void>,
) {
  return async (args: Args): Promise<void> => {
    if (!isKnown(idOf(args))) await listener(args);
  };
}

/** Whether an id is one of `known`: an exact id, or an id pattern. */
export const matchesAny =
  (known: readonly (string | RegExp)[]) =>
  (id: string): boolean =>
    known.some((k) => (typeof k === 'string' ? k === id : k.test(id)));

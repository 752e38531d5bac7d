import { fileURLToPath } from 'node:url';

/** The repository the bench measures (its knowledge, its test phrasings, its built app in dist/). */
export const REPO = fileURLToPath(new URL('../../', import.meta.url));
/** Where the bench itself is compiled to (.bench/), for the helper processes it starts. */
export const BENCH_BUILD = fileURLToPath(new URL('../', import.meta.url));

/** The bench's Slack workspace: every request names it, the stub answers for it, the OAuth app is installed in it. */
export const BENCH_TEAM = 'T0BENCH001';
export const BENCH_APP = 'A0BENCH001';
export const BENCH_BOT = 'B0BENCH001';
export const BENCH_BOT_USER = 'U0BOTBENCH';
/** The bot token of the apps that have one; the stub accepts any, so none is real. */
export const BENCH_BOT_TOKEN = 'xoxb-bench-not-a-token';

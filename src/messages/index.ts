/** The one catalogue of interface words, split by where they are shown. */
export { say } from './catalogue.js';
export { common } from './common.js';
export { slack } from './slack.js';
export { terminal } from './terminal.js';
export { web } from './web.js';

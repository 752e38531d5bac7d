/**
 * The site's one stylesheet. Colours meet WCAG AA contrast on white; focus is always visible; verdicts carry a
 * marker and a word besides their colour. Print shows the answer, its details and the letter, without navigation.
 */
export const STYLESHEET = `
:root { --text: #1a1a1a; --muted: #4a4a4a; --link: #0b4f9c; --focus: #b35900; --line: #c8c8c8; --soft: #f3f5f8;
  --ok: #1d6b2f; --warn: #8a4b00; --bad: #a1151a; --depends: #3d3d8f; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 46rem; padding: 0 1rem 2rem; font: 1.0625rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--text); background: #fff; }
a { color: var(--link); text-underline-offset: 0.15em; }
a:focus-visible, button:focus-visible, input:focus-visible, summary:focus-visible, pre:focus-visible, [tabindex]:focus-visible {
  outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: 0.5rem; }
.skip:focus { left: 0.5rem; }
header.site { display: flex; justify-content: space-between; align-items: center; padding: 0.75rem 0; border-bottom: 1px solid var(--line); }
header.site .home { font-weight: 700; text-decoration: none; }
footer.site { margin-top: 2.5rem; border-top: 1px solid var(--line); color: var(--muted); font-size: 0.9375rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 1.25rem 0 0.5rem; }
h2 { font-size: 1.3rem; line-height: 1.3; }
h3 { font-size: 1.1rem; margin: 1.25rem 0 0.25rem; }
.intro, .hint, .desc, .progress, .meta, .note, .from { color: var(--muted); }
.search label { font-weight: 600; display: block; }
.search-row { display: flex; gap: 0.5rem; }
input[type=search] { flex: 1; font: inherit; padding: 0.5rem; border: 2px solid var(--muted); border-radius: 4px; }
button, .option { font: inherit; cursor: pointer; }
button { padding: 0.5rem 1rem; border: 2px solid var(--link); border-radius: 4px; background: var(--link); color: #fff; }
ul.options, ul.checks, ul.topics { list-style: none; padding: 0; }
ul.options li { margin: 0.5rem 0; }
.option { display: block; padding: 0.65rem 0.9rem; border: 2px solid var(--link); border-radius: 6px; text-decoration: none; background: var(--soft); }
.option:hover { background: #e3ebf6; }
.option-unknown { border-style: dashed; }
ul.checks li { margin: 0.4rem 0; }
ul.checks label { display: flex; gap: 0.5rem; align-items: baseline; }
input[type=checkbox] { width: 1.15rem; height: 1.15rem; }
fieldset { border: 0; padding: 0; margin: 0; }
.form-error { color: var(--bad); font-weight: 600; }
ul.topics li { margin: 0.6rem 0; }
details { border: 1px solid var(--line); border-radius: 6px; margin: 0.75rem 0; padding: 0 0.75rem; }
details > summary { cursor: pointer; padding: 0.6rem 0; font-weight: 600; color: var(--link); }
details.asker > summary { color: var(--text); }
.verdict { padding: 0.5rem 0.75rem; border-left: 6px solid currentColor; background: var(--soft); }
.verdict-allowed, .verdict-allowed_with_conditions { color: var(--ok); }
.verdict-likely_not_allowed { color: var(--warn); }
.verdict-not_allowed { color: var(--bad); }
.verdict-depends { color: var(--depends); }
.summary { font-size: 1.125rem; font-weight: 500; }
.checklist { list-style: "☐  "; }
.sources { font-size: 0.9375rem; }
pre { white-space: pre-wrap; font: 0.95rem/1.5 ui-monospace, Menlo, Consolas, monospace; background: var(--soft); padding: 0.75rem; border-radius: 4px; }
nav.steps ul { display: flex; flex-wrap: wrap; gap: 1rem; list-style: none; padding: 0; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 0.9375rem; }
th, td { border: 1px solid var(--line); padding: 0.4rem; text-align: left; vertical-align: top; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media print {
  header.site, nav.steps, .print-action, .skip, .search, #results, button, .answered a { display: none !important; }
  body { max-width: none; font-size: 11pt; color: #000; }
  a { color: #000; }
  .sources a::after, .citations a::after { content: " (" attr(href) ")"; font-size: 9pt; word-break: break-all; }
  details { border: 0; padding: 0; }
  details > summary { color: #000; list-style: none; }
  .letter { break-before: page; }
  pre { background: none; border: 1px solid #999; }
}
`;

/** The site's icon: a magnifier over a check, in the link colour (without one, browsers ask the server for /favicon.ico). */
export const ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="13" cy="13" r="9" fill="none" stroke="#0b4f9c" stroke-width="3"/><path d="M20 20l8 8" stroke="#0b4f9c" stroke-width="4" stroke-linecap="round"/><path d="M9 13l3 3 5-6" fill="none" stroke="#0b4f9c" stroke-width="2.5"/></svg>
`;

import { APP_LABELS, APPS, type AppName, type HttpFigures } from './http/compare.js';

/**
 * The latency curve as a small SVG line chart: p99 (solid) and p50 (dashed) ack latency per app against the
 * steady rate, rates evenly spaced (they double), milliseconds on a log scale.
 */

const WIDTH = 640;
const HEIGHT = 360;
const PLOT = { left: 60, right: 180, top: 40, bottom: 50 };
const COLOURS: Record<AppName, string> = { ours: '#1b7837', oauth: '#7fbc41', sameWork: '#2166ac', bare: '#b2182b' };

export function latencyChart(http: HttpFigures, caption: string): string {
  const rates = http.apps.ours.curve.map((p) => p.rate);
  const values = APPS.flatMap((app) => http.apps[app].curve.flatMap((p) => [p.p50Ms, p.p99Ms])).filter(
    (v) => v > 0 && Number.isFinite(v),
  );
  const lowExponent = Math.floor(Math.log10(Math.min(...values)));
  const highExponent = Math.ceil(Math.log10(Math.max(...values)));
  const low = 10 ** lowExponent;
  const high = 10 ** highExponent;
  const x = (i: number) =>
    PLOT.left + (rates.length < 2 ? 0 : (i * (WIDTH - PLOT.left - PLOT.right)) / (rates.length - 1));
  const y = (v: number) =>
    HEIGHT -
    PLOT.bottom -
    ((Math.log10(v) - Math.log10(low)) / Math.log10(high / low)) * (HEIGHT - PLOT.top - PLOT.bottom);
  const decades = Array.from({ length: highExponent - lowExponent + 1 }, (_, i) => 10 ** (lowExponent + i));
  const grid = [
    ...decades.map(
      (v) =>
        `<line x1="${PLOT.left}" x2="${WIDTH - PLOT.right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#ddd"/>` +
        `<text x="${PLOT.left - 8}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end">${v.toLocaleString('en-US', { maximumFractionDigits: 3 })} ms</text>`,
    ),
    ...rates.map(
      (rate, i) =>
        `<text x="${x(i).toFixed(1)}" y="${HEIGHT - PLOT.bottom + 18}" text-anchor="middle">${rate.toLocaleString('en-US')}</text>`,
    ),
    `<text x="${(PLOT.left + WIDTH - PLOT.right) / 2}" y="${HEIGHT - 12}" text-anchor="middle">requests per second (paced)</text>`,
  ];
  const lines = APPS.flatMap((app, row) => {
    const curve = http.apps[app].curve;
    const path = (of: (p: (typeof curve)[number]) => number) =>
      curve.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(Math.max(low, of(p))).toFixed(1)}`).join(' ');
    const colour = COLOURS[app];
    const legendY = PLOT.top + 10 + row * 22;
    return [
      `<path d="${path((p) => p.p99Ms)}" fill="none" stroke="${colour}" stroke-width="2"/>`,
      `<path d="${path((p) => p.p50Ms)}" fill="none" stroke="${colour}" stroke-width="1.5" stroke-dasharray="5 4"/>`,
      `<line x1="${WIDTH - PLOT.right + 14}" x2="${WIDTH - PLOT.right + 38}" y1="${legendY}" y2="${legendY}" stroke="${colour}" stroke-width="2"/>`,
      `<text x="${WIDTH - PLOT.right + 44}" y="${legendY + 4}">${APP_LABELS[app]}</text>`,
    ];
  });
  const key = `<text x="${WIDTH - PLOT.right + 14}" y="${PLOT.top + 10 + APPS.length * 22 + 6}">solid p99, dashed p50</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="12" role="img">`,
    `<title>${escapeXml(caption)}: p50 and p99 per app and rate</title>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>`,
    `<text x="${PLOT.left}" y="22" font-size="14">${escapeXml(caption)}</text>`,
    ...grid,
    ...lines,
    key,
    '</svg>',
    '',
  ].join('\n');
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

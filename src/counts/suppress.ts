/**
 * Small numbers hidden, and hidden so that they stay hidden. A table of counts is published with its row
 * totals, column totals and grand total; every figure under 5 (a cell or a total) is shown as "< 5", and
 * further figures are hidden ("x") until none of them can be worked out from the others by adding and
 * subtracting rows and columns.
 *
 * Why that is enough: the published table with its totals is a set of equations, one per row and column. A
 * hidden figure can be worked out from them exactly when no "loop" of hidden figures runs through it: seen as
 * a graph with a node per row and per column and an edge per hidden figure, when its edge is a bridge. On a
 * loop (row → column → row → …) the attacker can add one to every other figure and take one from the rest,
 * and every total still holds. So every bridge gets a loop, through the cheapest figures to hide.
 */

/** A figure as published: its number, "< 5", or hidden so that a "< 5" cannot be worked out. */
export type Shown = { kind: 'number'; n: number } | { kind: 'small' } | { kind: 'hidden' };

export interface SuppressedTable {
  /** One row per row of the input, one figure per column. */
  cells: Shown[][];
  rowTotals: Shown[];
  columnTotals: Shown[];
  total: Shown;
}

export const SMALL = 5;

/** The table with its totals, each figure shown, "< 5" or hidden. */
export function suppressTable(values: readonly (readonly number[])[]): SuppressedTable {
  const columns = values[0]?.length ?? 0;
  const extended = withTotals(values, columns);
  const hidden = extended.map((row) => row.map((n) => n < SMALL));
  if (values.length > 0 && columns > 0) protect(extended, hidden);
  const show = (i: number, j: number): Shown => {
    const n = extended[i]![j]!;
    if (n < SMALL) return { kind: 'small' };
    return hidden[i]![j] ? { kind: 'hidden' } : { kind: 'number', n };
  };
  const rows = values.length;
  return {
    cells: values.map((row, i) => row.map((_, j) => show(i, j))),
    rowTotals: values.map((_, i) => show(i, columns)),
    columnTotals: Array.from({ length: columns }, (_, j) => show(rows, j)),
    total: show(rows, columns),
  };
}

/** The table with a total column on the right and a total row below. */
function withTotals(values: readonly (readonly number[])[], columns: number): number[][] {
  const rows = values.map((row) => [...row, row.reduce((sum, n) => sum + n, 0)]);
  const totals = Array.from({ length: columns + 1 }, (_, j) => rows.reduce((sum, row) => sum + row[j]!, 0));
  return [...rows, totals];
}

/** Hides more figures until no hidden one is a bridge. Terminates: the fully hidden table has no bridge. */
function protect(extended: number[][], hidden: boolean[][]): void {
  for (let bridge = findBridge(hidden); bridge; bridge = findBridge(hidden)) {
    for (const [i, j] of cheapestLoop(extended, hidden, bridge)) hidden[i]![j] = true;
  }
}

type Edge = readonly [row: number, column: number];

/** A hidden figure no loop of hidden figures runs through, if any. */
function findBridge(hidden: boolean[][]): Edge | undefined {
  for (const [i, row] of hidden.entries())
    for (const [j, isHidden] of row.entries()) if (isHidden && !connected(hidden, [i, j])) return [i, j];
  return undefined;
}

/** Whether row `i` reaches column `j` over hidden figures other than (i, j) itself. */
function connected(hidden: boolean[][], [i, j]: Edge): boolean {
  const rows = hidden.length;
  const columns = hidden[0]!.length;
  // Nodes: rows 0..rows-1, then columns as rows + c.
  const seen = new Set<number>([i]);
  const queue = [i];
  while (queue.length > 0) {
    const node = queue.shift()!;
    const neighbours =
      node < rows
        ? Array.from({ length: columns }, (_, c) => [node, c] as const).map(([r, c]) => ({
            edge: [r, c],
            next: rows + c,
          }))
        : Array.from({ length: rows }, (_, r) => ({ edge: [r, node - rows], next: r }));
    for (const { edge, next } of neighbours) {
      const [r, c] = edge as [number, number];
      if (!hidden[r]![c] || (r === i && c === j) || seen.has(next)) continue;
      if (next === rows + j) return true;
      seen.add(next);
      queue.push(next);
    }
  }
  return false;
}

/**
 * The figures to hide so that a loop runs through the bridge: the cheapest path from its row to its column
 * (Dijkstra), where a hidden figure costs nothing and a shown one its size plus one, so few and small
 * figures are hidden and totals only when nothing else will do.
 */
function cheapestLoop(extended: number[][], hidden: boolean[][], [i, j]: Edge): Edge[] {
  const rows = extended.length;
  const columns = extended[0]!.length;
  const nodes = rows + columns;
  const cost = Array<number>(nodes).fill(Number.POSITIVE_INFINITY);
  const via = Array<number>(nodes).fill(-1);
  const done = Array<boolean>(nodes).fill(false);
  cost[i] = 0;
  const edgeOf = (a: number, b: number): Edge => (a < rows ? [a, b - rows] : [b, a - rows]);
  for (;;) {
    let node = -1;
    for (let n = 0; n < nodes; n++) if (!done[n] && (node < 0 || cost[n]! < cost[node]!)) node = n;
    if (node < 0 || cost[node] === Number.POSITIVE_INFINITY || node === rows + j) break;
    done[node] = true;
    const others = node < rows ? range(rows, nodes) : range(0, rows);
    for (const next of others) {
      const [r, c] = edgeOf(node, next);
      if (r === i && c === j) continue;
      const step = hidden[r]![c] ? 0 : extended[r]![c]! + 1;
      if (cost[node]! + step < cost[next]!) {
        cost[next] = cost[node]! + step;
        via[next] = node;
      }
    }
  }
  const path: Edge[] = [];
  for (let node = rows + j; via[node]! >= 0; node = via[node]!) path.push(edgeOf(via[node]!, node));
  return path.filter(([r, c]) => !hidden[r]![c]);
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);

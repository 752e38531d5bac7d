import { describe, expect, it } from 'vitest';
import { type Shown, type SuppressedTable, suppressTable } from '../../src/counts/suppress.js';

/** The published table with its totals as one grid: `undefined` where a figure is not shown. */
function published(table: SuppressedTable): (number | undefined)[][] {
  const figure = (shown: Shown) => (shown.kind === 'number' ? shown.n : undefined);
  return [
    ...table.cells.map((row, i) => [...row.map(figure), figure(table.rowTotals[i]!)]),
    [...table.columnTotals.map(figure), figure(table.total)],
  ];
}

/** Every line of the grid: its figures, the last one being the sum of the others. */
function lines(grid: (number | undefined)[][]): [row: number, column: number][][] {
  const rows = grid.length;
  const columns = grid[0]!.length;
  return [
    ...Array.from({ length: rows }, (_, i) => Array.from({ length: columns }, (_, j) => [i, j] as [number, number])),
    ...Array.from({ length: columns }, (_, j) => Array.from({ length: rows }, (_, i) => [i, j] as [number, number])),
  ];
}

/** The attack by subtraction: a line with one figure missing gives it away (the total minus the rest). */
function recoverBySubtraction(grid: (number | undefined)[][]): Map<string, number> {
  const found = new Map<string, number>();
  const known = grid.map((row) => [...row]);
  for (let changed = true; changed; ) {
    changed = false;
    for (const line of lines(known)) {
      const missing = line.filter(([i, j]) => known[i]![j] === undefined);
      if (missing.length !== 1) continue;
      const [[mi, mj]] = missing as [[number, number]];
      const [ti, tj] = line.at(-1)!;
      const others = line.slice(0, -1).filter(([i, j]) => !(i === mi && j === mj));
      const sum = others.reduce((s, [i, j]) => s + known[i]![j]!, 0);
      const value = mi === ti && mj === tj ? sum : known[ti]![tj]! - sum;
      known[mi]![mj] = value;
      found.set(`${mi},${mj}`, value);
      changed = true;
    }
  }
  return found;
}

/**
 * The strongest attack with the totals: any combination of the line equations. A missing figure is fixed by
 * them exactly when its unit vector lies in the span of the equations over the missing figures.
 */
function determinable(grid: (number | undefined)[][]): [number, number][] {
  const missing = grid.flatMap((row, i) =>
    row.flatMap((n, j) => (n === undefined ? [[i, j] as [number, number]] : [])),
  );
  const index = new Map(missing.map(([i, j], k) => [`${i},${j}`, k]));
  const equations = lines(grid).map((line) => {
    const coefficients = Array<number>(missing.length).fill(0);
    line.forEach(([i, j], position) => {
      const k = index.get(`${i},${j}`);
      if (k !== undefined) coefficients[k] = position === line.length - 1 ? -1 : 1;
    });
    return coefficients;
  });
  const rank = (matrix: number[][]) => {
    const m = matrix.map((row) => [...row]);
    let r = 0;
    for (let c = 0; c < missing.length && r < m.length; c++) {
      const pivot = m.findIndex((row, k) => k >= r && Math.abs(row[c]!) > 1e-9);
      if (pivot < 0) continue;
      [m[r], m[pivot]] = [m[pivot]!, m[r]!];
      for (let k = 0; k < m.length; k++)
        if (k !== r) {
          const f = m[k]![c]! / m[r]![c]!;
          m[k] = m[k]!.map((v, x) => v - f * m[r]![x]!);
        }
      r++;
    }
    return r;
  };
  const base = rank(equations);
  return missing.filter((_, k) => {
    const unit = Array<number>(missing.length).fill(0);
    unit[k] = 1;
    return rank([...equations, unit]) === base;
  });
}

/** Random tables from a fixed seed, mostly small counts, some rows of zeros. */
function tables(count: number): number[][][] {
  let seed = 20_261_202;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  return Array.from({ length: count }, () => {
    const rows = 1 + Math.floor(next() * 8);
    const columns = 1 + Math.floor(next() * 5);
    return Array.from({ length: rows }, () =>
      Array.from({ length: columns }, () => (next() < 0.4 ? Math.floor(next() * 5) : Math.floor(next() * 40))),
    );
  });
}

describe('suppressTable', () => {
  const TABLE = [
    [12, 3, 20],
    [8, 9, 30],
    [15, 6, 7],
  ];

  it('shows a figure under 5 as "< 5" and the others as they are where nothing can be worked out', () => {
    const table = suppressTable([
      [12, 20],
      [30, 40],
    ]);
    expect(table.cells).toEqual([
      [
        { kind: 'number', n: 12 },
        { kind: 'number', n: 20 },
      ],
      [
        { kind: 'number', n: 30 },
        { kind: 'number', n: 40 },
      ],
    ]);
    expect(table.total).toEqual({ kind: 'number', n: 102 });
    expect(suppressTable([[3]]).cells[0]![0]).toEqual({ kind: 'small' });
  });

  it('without the extra hiding, subtraction gives a "< 5" away', () => {
    const naive: (number | undefined)[][] = [
      [12, undefined, 20, 35],
      [8, 9, 30, 47],
      [15, 6, 7, 28],
      [35, 18, 57, 110],
    ];
    expect(recoverBySubtraction(naive).get('0,1')).toBe(3);
  });

  it('hides more figures so that the same attempt to recover the "< 5" fails', () => {
    const table = suppressTable(TABLE);
    expect(table.cells[0]![1]).toEqual({ kind: 'small' });
    const grid = published(table);
    expect(recoverBySubtraction(grid).size).toBe(0);
    expect(determinable(grid)).toEqual([]);
    const hidden = grid.flat().filter((n) => n === undefined).length;
    expect(hidden).toBe(4);
  });

  it('never leaves a hidden figure that the totals fix, over many tables', () => {
    for (const values of tables(300)) {
      const grid = published(suppressTable(values));
      expect(determinable(grid), JSON.stringify(values)).toEqual([]);
      const shown = grid.flat().filter((n): n is number => n !== undefined);
      expect(shown.every((n) => n >= 5)).toBe(true);
    }
  });

  it('protects a single column and a single row, whose total repeats the figure', () => {
    for (const values of [[[3], [20], [30]], [[3, 20, 30]], [[2]]]) {
      const grid = published(suppressTable(values));
      expect(determinable(grid)).toEqual([]);
    }
  });
});

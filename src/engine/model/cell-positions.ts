/**
 * Sets and maps of cell positions, as marks or values per row in each column. The rules and the
 * formula conventions keep one entry per target, realisasi or capaian cell of a table (tens of
 * thousands): a Set or Map of numbers grew, hashed and rehashed entry by entry.
 */

/** Cell positions (row, col). */
export class CellSet {
  private readonly byCol = new Map<number, Uint8Array>();

  add(row: number, col: number): void {
    let marks = this.byCol.get(col);
    if (marks === undefined || row >= marks.length) {
      const grown = new Uint8Array(Math.max(row + 1, (marks?.length ?? 0) * 2, 64));
      if (marks) grown.set(marks);
      this.byCol.set(col, (marks = grown));
    }
    marks[row] = 1;
  }

  has(row: number, col: number): boolean {
    const marks = this.byCol.get(col);
    return marks !== undefined && row < marks.length && marks[row] === 1;
  }
}

/** A value per cell position (row, col); setting a position again replaces its value. */
export class CellMap<T> {
  private readonly byCol = new Map<number, Array<T | undefined>>();

  set(row: number, col: number, value: T): void {
    let values = this.byCol.get(col);
    if (values === undefined) this.byCol.set(col, (values = []));
    // Filled up to the row first: an array written far past its end turns into a slow dictionary.
    while (values.length < row) values.push(undefined);
    values[row] = value;
  }

  get(row: number, col: number): T | undefined {
    return this.byCol.get(col)?.[row];
  }

  has(row: number, col: number): boolean {
    return this.get(row, col) !== undefined;
  }

  /** Every position that holds a value, column by column, rows in order. */
  forEach(visit: (value: T, row: number, col: number) => void): void {
    this.byCol.forEach((values, col) => {
      for (let row = 0; row < values.length; row++) {
        const value = values[row];
        if (value !== undefined) visit(value, row, col);
      }
    });
  }
}

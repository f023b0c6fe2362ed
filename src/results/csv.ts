/**
 * CSV lines as RFC 4180 has them, and a reader for the same, with one fixed number format so
 * that the same values always give the same bytes.
 */

/** A cell value: a number (written with `String(x)`), a string, or null (an empty cell). */
export type CsvValue = string | number | null;

/**
 * One cell: finite numbers as `String(x)` (shortest round-trip form), null as the empty string,
 * strings quoted when they hold a comma, a double quote, CR or LF (quotes doubled inside).
 * Throws for NaN and ±Infinity, which no result file may hold.
 */
export function csvCell(value: CsvValue): string {
  if (value === null) return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`csv: refusing to write non-finite number ${value}`);
    return String(value);
  }
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One record ending in `\n`, cells joined by commas (see {@link csvCell}). */
export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(",")}\n`;
}

/**
 * Splits one record (without its final line break) into cell strings, undoing the quoting of
 * {@link csvCell}. Throws on a stray quote, which only a damaged file holds.
 */
export function parseCsvRecord(record: string): string[] {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    if (record[i] === '"') {
      let cell = "";
      let j = i + 1;
      for (;;) {
        const q = record.indexOf('"', j);
        if (q < 0) throw new Error("csv: unterminated quoted cell");
        cell += record.slice(j, q);
        if (record[q + 1] === '"') {
          cell += '"';
          j = q + 2;
        } else {
          j = q + 1;
          break;
        }
      }
      if (j < record.length && record[j] !== ",") throw new Error("csv: text after a quoted cell");
      cells.push(cell);
      i = j;
    } else {
      const comma = record.indexOf(",", i);
      const end = comma < 0 ? record.length : comma;
      const cell = record.slice(i, end);
      if (cell.includes('"')) throw new Error("csv: quote inside an unquoted cell");
      cells.push(cell);
      i = end;
    }
    if (i >= record.length) return cells;
    i++; // skip the comma
  }
}

/**
 * Splits CSV text into complete records (each without its line break), honouring quoted line
 * breaks. A last record not ended by `\n` is incomplete (a write cut short) and is returned
 * separately as `rest`, not parsed.
 */
export function splitCsvRecords(text: string): {records: string[]; rest: string} {
  const records: string[] = [];
  let start = 0;
  let quotes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quotes++;
    else if (c === 10 && quotes % 2 === 0) {
      const end = i > start && text.charCodeAt(i - 1) === 13 ? i - 1 : i;
      records.push(text.slice(start, end));
      start = i + 1;
      quotes = 0;
    }
  }
  return {records, rest: text.slice(start)};
}

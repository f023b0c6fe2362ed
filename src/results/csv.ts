/**
 * CSV lines as RFC 4180 has them, and a reader for the same, with one fixed number format so
 * that the same values always give the same bytes.
 */

/** A cell value: a number (written with `String(x)`), a string, or null (an empty cell). */
export type CsvValue = string | number | null;

/**
 * First characters that make a spreadsheet read a cell as a formula (`=`, `+`, `-`, `@`, tab,
 * CR), and the apostrophe that marks a cell as text.
 */
const formulaStart = /^[=+\-@\t\r']/;

/**
 * One cell: finite numbers as `String(x)` (shortest round-trip form), null as the empty string,
 * strings quoted when they hold a comma, a double quote, CR or LF (quotes doubled inside). A
 * string that a spreadsheet would run as a formula (one starting with `=`, `+`, `-`, `@`, tab or
 * CR), or that starts with an apostrophe, gets an apostrophe in front, which
 * {@link parseCsvRecord} takes off again; numbers are never marked (-0.5 stays -0.5).
 * Throws for NaN and ±Infinity, which no result file may hold.
 */
export function csvCell(value: CsvValue): string {
  if (value === null) return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`csv: refusing to write non-finite number ${value}`);
    return String(value);
  }
  const text = formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A cell as written, without the apostrophe that {@link csvCell} puts before formula-like text. */
const unmarked = (cell: string): string => (cell.charCodeAt(0) === 39 ? cell.slice(1) : cell);

/** One record ending in `\n`, cells joined by commas (see {@link csvCell}). */
export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(",")}\n`;
}

/**
 * Splits one record (without its final line break) into cell strings, undoing the quoting and
 * the formula mark of {@link csvCell}. Throws on a stray quote, which only a damaged file holds.
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
      cells.push(unmarked(cell));
      i = j;
    } else {
      const comma = record.indexOf(",", i);
      const end = comma < 0 ? record.length : comma;
      const cell = record.slice(i, end);
      if (cell.includes('"')) throw new Error("csv: quote inside an unquoted cell");
      cells.push(unmarked(cell));
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

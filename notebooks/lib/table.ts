/**
 * A plain HTML table whose rows carry data attributes, so that a reader (or a browser test)
 * gets the full-precision numbers behind the rounded ones shown.
 */

/** One column: heading and how to show a row's cell. */
export interface Column<T> {
  heading: string;
  text: (row: T) => string;
}

/** Builds `<table id=id>`; each `<tr>` gets `data-<key>=value` for every entry of `data(row)`. */
export function dataTable<T>(id: string, rows: readonly T[], columns: readonly Column<T>[], data: (row: T) => Record<string, string | number>): HTMLTableElement {
  const table = document.createElement("table");
  table.id = id;
  const head = table.createTHead().insertRow();
  for (const c of columns) head.appendChild(document.createElement("th")).textContent = c.heading;
  const body = table.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    for (const [key, value] of Object.entries(data(row))) tr.setAttribute(`data-${key}`, String(value));
    for (const c of columns) tr.insertCell().textContent = c.text(row);
  }
  return table;
}

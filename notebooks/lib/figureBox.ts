/**
 * Wraps a rendered figure in `<div data-figure="name">`, the stable hook the browser tests and
 * stylesheets use to find a figure.
 */
export function figureBox(name: string, figure: Element): HTMLDivElement {
  const box = document.createElement("div");
  box.dataset.figure = name;
  box.append(figure);
  return box;
}

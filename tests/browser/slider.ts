/**
 * Moving a notebook slider as a user does (set the value, fire `input`) and timing the redraw.
 */
import type {Page} from "playwright-core";

/** The `d` attributes of every path in the figure `<div data-figure=name>`, in document order. */
export async function curvePaths(page: Page, figure: string): Promise<string[]> {
  return page.locator(`[data-figure=${figure}] svg path`).evaluateAll((paths) => paths.map((p) => p.getAttribute("d") ?? ""));
}

/**
 * Sets the range input `input[data-param=path]` to `value`, fires `input`, and resolves with the
 * milliseconds (performance.now in the page) until a new `[data-figure=figure]` element holding an
 * svg is in the document and the next frame has been painted.
 */
export async function moveSlider(page: Page, path: string, value: number, figure: string): Promise<number> {
  return page.evaluate(
    ([path, value, figure]) =>
      new Promise<number>((resolve, reject) => {
        const input = document.querySelector<HTMLInputElement>(`input[data-param="${path}"]`);
        if (input === null) return reject(new Error(`no slider for ${path}`));
        const old = document.querySelector(`[data-figure="${figure}"]`);
        const redrawn = () => {
          const now = document.querySelector(`[data-figure="${figure}"]`);
          return now !== null && now !== old && now.querySelector("svg") !== null;
        };
        const timeout = setTimeout(() => reject(new Error(`no redraw of ${figure} within 10 s`)), 10_000);
        const observer = new MutationObserver(() => {
          if (!redrawn()) return;
          observer.disconnect();
          requestAnimationFrame(() => {
            clearTimeout(timeout);
            resolve(performance.now() - t0);
          });
        });
        observer.observe(document.body, {childList: true, subtree: true});
        const t0 = performance.now();
        input.value = String(value);
        input.dispatchEvent(new Event("input", {bubbles: true}));
      }),
    [path, value, figure] as const
  );
}

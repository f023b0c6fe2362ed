/** Colour of the `all` line and of highlighted marks. */
export const darkColor = "#222222";

/** Categorical colours for regions and curve labels (Plot's `observable10`, in order). */
export const categoryColors = ["#4269d0", "#efb118", "#ff725c", "#6cc5b0", "#3ca951",
  "#ff8ab7", "#a463f2", "#97bbf5", "#9c6b4e", "#9498a0"];

/** Most coloured lines a panel draws (besides the dark `all`); beyond it, figures facet instead of repeating a colour. */
export const maxLineColors = 8;

/**
 * `n` colours, all different (the first `n` of {@link categoryColors}, grey last); throws
 * beyond the palette, so that no figure repeats a colour: facet instead.
 */
export function distinctColors(n: number): string[] {
  if (n > categoryColors.length) throw new Error(`no ${n} distinct colours (the palette has ${categoryColors.length}): facet the figure`);
  return categoryColors.slice(0, n);
}

/** Inline style of every figure: 12-pixel sans-serif text on white. */
export const figureStyle = {fontSize: "12px", fontFamily: "sans-serif", background: "white"};

/** Default figure width in pixels. */
export const defaultWidth = 800;

/** A tick formatter for numbers without thousands separators: 1990, 0.25, 1e-7. */
export function plainNumber(value: number): string {
  return String(Number(Number(value).toPrecision(6)));
}

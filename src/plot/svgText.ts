/** Escapes text for use inside an SVG element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/**
 * Estimated width in pixels of `text` set in a sans-serif font of `fontSize` pixels (lower-case
 * letters average about 0.55 em in Liberation Sans and Helvetica, 0.6 em in DejaVu Sans). Lays
 * out legends without a text-measuring browser; callers leave slack after each entry.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += /[ijlft.,:;'|!()[\] ]/.test(ch) ? 0.32 : /[mwMW%@]/.test(ch) ? 0.88 : /[A-Z]/.test(ch) ? 0.68 : 0.56;
  return em * fontSize;
}

/** A number rounded to at most `digits` significant digits, without trailing zeros. */
export function formatNumber(value: number, digits = 4): string {
  if (value === 0 || !Number.isFinite(value)) return String(value);
  const text = String(Number(value.toPrecision(digits)));
  return text.replace(/^-/, "−");
}

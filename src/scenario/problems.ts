/**
 * Problems with an input file, gathered so that every one is reported at once.
 *
 * A problem names the file, the line and column where the YAML gives them, the path inside the
 * document (`processes[2].members[3]`), and what was expected. `InputError` carries them to
 * the edge, where the CLI prints one line per problem and exits with code 2. It is the one error
 * type for bad input of every kind (scenario, sweep file, `--set`, a command-line value, a
 * results folder), so every layer below the CLI can refuse input without knowing of exit codes.
 */
export interface Problem {
  /** The file (or command-line option) the problem is in; absent when the message names it. */
  file?: string;
  path: (string | number)[];
  message: string;
  line?: number;
  column?: number;
}

/** Most problems an InputError's message shows (a screenful); the rest are counted. */
export const shownProblems = 20;

/**
 * Thrown for bad input, with every problem found; the CLI prints one line each (at most
 * {@link shownProblems}, then a count of the rest) and exits with code 2.
 */
export class InputError extends Error {
  readonly problems: Problem[];
  /** Located problems, or one message that names its input itself. */
  constructor(problems: Problem[] | string) {
    const list = typeof problems === "string" ? [{path: [], message: problems}] : problems;
    super(formatProblems(list));
    this.name = "InputError";
    this.problems = list;
  }
}

/** The first {@link shownProblems} problems, one line each, and a line counting the others. */
export function formatProblems(list: readonly Problem[]): string {
  const lines = list.slice(0, shownProblems).map(formatProblem);
  const rest = list.length - shownProblems;
  if (rest > 0) lines.push(`... and ${rest} more problem${rest === 1 ? "" : "s"} (fix the ones above first)`);
  return lines.join("\n");
}

/** Longest line a message prints; longer ones keep their start and end. */
export const maxMessageLength = 400;

/**
 * Text safe to print on a terminal: control characters (and other invisible format characters)
 * shown as `\u001b`-style escapes, and at most `max` characters, the middle elided.
 */
export function printable(text: string, max = maxMessageLength): string {
  const escaped = text.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  if (escaped.length <= max) return escaped;
  const half = Math.floor((max - 3) / 2);
  return `${escaped.slice(0, half)}...${escaped.slice(escaped.length - half)}`;
}

/**
 * A short excerpt of an input value for a message: strings quoted, at most `max` characters
 * (then `...` and the full length), control characters escaped.
 */
export function excerpt(value: unknown, max = 60): string {
  let text: string;
  if (typeof value === "string") text = value;
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  const cut = text.length > max ? `${text.slice(0, max)}... (${text.length} characters)` : text;
  const shown = printable(cut, max * 2);
  return typeof value === "string" ? `"${shown}"` : shown;
}

/** `processes[2].members[3]` from `["processes", 2, "members", 3]`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? key : `.${key}`;
  }
  return out;
}

/** `file:line:column: path: message`, leaving out what is unknown. */
export function formatProblem(p: Problem): string {
  const where = p.file === undefined ? "" : p.line === undefined ? `${p.file}: ` : `${p.file}:${p.line}:${p.column ?? 1}: `;
  const path = p.path.length > 0 ? `${formatPath(p.path)}: ` : "";
  return printable(`${where}${path}${p.message}`);
}

/** Levenshtein distance, for did-you-mean suggestions. */
function editDistance(a: string, b: string): number {
  const row = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return row[b.length];
}

/** The closest candidate to `word`, if one is close enough to be a likely misspelling. */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = word.toLowerCase();
  for (const c of candidates) {
    const d = editDistance(lower, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  const limit = Math.max(1, Math.floor(word.length / 3));
  return bestDistance <= limit ? best : undefined;
}

/** ` (did you mean "X"?)` or the empty string. */
export function suggestion(word: string, candidates: Iterable<string>): string {
  const s = didYouMean(word, candidates);
  return s === undefined ? "" : ` (did you mean "${s}"?)`;
}

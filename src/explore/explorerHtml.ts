/**
 * The explorer as one self-contained HTML file: the page's script and stylesheet (built by
 * `npm run build` into dist/explorer/) and the scenarios' texts, all inline, so that the file
 * opens from `file://` with no request of any kind.
 */

/** A scenario the page can show: its path as `rcmp run` takes it, its title and its text. */
export interface ScenarioSource {
  /** The path printed in the page's `rcmp run` command, e.g. `scenarios/igc-1985.yaml`. */
  path: string;
  title: string;
  text: string;
}

/** What the page reads at start, from its `<script type="application/json" id="rcmp-data">`. */
export interface ExplorerData {
  /** rcmp-sim's version that wrote the page. */
  version: string;
  /** The scenario the page opens with (one of `builtins` or a file of the user's). */
  start: ScenarioSource;
  /** `--set path=value` arguments given to `rcmp explore`: the page's starting settings. */
  sets: string[];
  /** Every built-in scenario, for the page's menu. */
  builtins: ScenarioSource[];
}

/** The element id of the page's data. */
export const dataElementId = "rcmp-data";

/** JSON that is safe inside a `<script>` element: no `<`, so no `</script>` or `<!--`. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replaceAll("<", "\\u003c").replaceAll("\u2028", "\\u2028").replaceAll("\u2029", "\\u2029");
}

/**
 * Script text that is safe inside a `<script>` element: `</script` and `<!--` (which only occur
 * inside string, template or regular-expression literals of the bundle) are escaped with a
 * backslash that those literals ignore.
 */
export function inlineScript(code: string): string {
  return code.replace(/<\/(script)/gi, "<\\/$1").replaceAll("<!--", "<\\!--");
}

/** The page: stylesheet, data and script inline; the script starts the explorer on load. */
export function explorerHtml(data: ExplorerData, script: string, css: string): string {
  const title = `rcmp explorer: ${data.start.title || data.start.path}`;
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${css.replace(/<\/(style)/gi, "<\\/$1")}</style>`,
    "</head>",
    "<body>",
    '<div id="app"><p class="loading">Loading the explorer…</p></div>',
    `<script type="application/json" id="${dataElementId}">${scriptJson(data)}</script>`,
    `<script>${inlineScript(script)}</script>`,
    "</body>",
    "</html>",
    ""
  ].join("\n");
}

/** Text safe in HTML content and attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

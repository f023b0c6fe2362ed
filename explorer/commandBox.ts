/**
 * From the page back to the command line: the `rcmp run` command that computes the run on
 * screen, a link that restores the page's settings, and the run's timeseries.csv to download.
 */
import {h} from "./dom.js";

/** What the box shows. */
export interface CommandContent {
  command: string;
  fragment: string;
  csv: () => string;
  /** The file name for the download, e.g. `igc-1985-timeseries.csv`. */
  csvName: string;
}

/** The command box. */
export function commandBox(c: CommandContent): HTMLElement {
  const pre = h("pre", {id: "cli-command"}, c.command);
  const copy = h("button", {onclick: () => {
    const done = () => (copy.textContent = "Copied");
    navigator.clipboard?.writeText(c.command).then(done, () => selectText(pre));
  }}, "Copy");
  const download = h("button", {"data-action": "download-csv", onclick: () => {
    const url = URL.createObjectURL(new Blob([c.csv()], {type: "text/csv"}));
    const a = h("a", {href: url, download: c.csvName});
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }}, "Download timeseries.csv");
  return h("div", {class: "command"},
    h("h3", {}, "The same run on the command line"),
    pre,
    h("div", {class: "buttons"}, copy, download, h("a", {id: "settings-link", href: c.fragment}, "Link to these settings")),
    h("p", {class: "help"}, "Run it from the project folder: it writes the same timeseries.csv as this page (byte for byte). The link reopens this page with these settings."));
}

function selectText(el: HTMLElement): void {
  const range = document.createRange();
  range.selectNodeContents(el);
  const selection = getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

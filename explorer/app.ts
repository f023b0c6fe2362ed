/**
 * The explorer page: a scenario, the run its settings stand for (and a pinned one), the map or
 * strip, the curves, the player, the panel, the command line and the lesson, kept in step.
 */
import {InputError, formatProblem} from "../src/scenario/problems.js";
import type {ExplorerData, ScenarioSource} from "../src/explore/explorerHtml.js";
import {runCommandLine} from "../src/explore/commandLine.js";
import {fragmentOf, readFragment, settingsFrom} from "../src/explore/fragment.js";
import {lessonSettings, lessonSteps} from "../src/explore/lesson.js";
import {timeLabel} from "../src/explore/timeLabel.js";
import {curveXs} from "../src/explore/curves.js";
import {parseSetArg, type Override} from "../src/scenario/overrides.js";
import type {Settings} from "../src/explore/runSpec.js";
import {load, runSettings, shownCsv, type Loaded, type Shown} from "./session.js";
import {h, fill} from "./dom.js";
import {header, acceptDrops} from "./header.js";
import {panel, type Panel} from "./panel.js";
import {player, type Player} from "./player.js";
import {mapView, type PositionsView} from "./mapView.js";
import {stripView} from "./stripView.js";
import {changeColouring, changeSpan, positionColouring} from "./colouring.js";
import {curvesView, type CurvesView} from "./curvesView.js";
import {numbersTable} from "./numbers.js";
import {commandBox} from "./commandBox.js";
import {lessonPanel} from "./lessonPanel.js";

/** How a scenario is opened: starting `--set`s, switches, dimension and tick. */
interface Opening {
  sets?: readonly Override[];
  off?: readonly string[];
  dim?: string;
  tick?: number;
}

/** Starts the explorer in `root` with the page's data. */
export function startExplorer(root: HTMLElement, data: ExplorerData): void {
  const sources: ScenarioSource[] = [...data.builtins];
  if (!sources.some((s) => s.path === data.start.path)) sources.unshift(data.start);
  let loaded: Loaded;
  let shown: Shown;
  let pinned: Shown | undefined;
  let dim = 0;
  let colourBy: "position" | "change" = "position";
  let lessonStep: number | undefined;
  let controlsPanel: Panel;
  let play: Player;
  let positions: PositionsView;
  let curves: CurvesView;
  let pendingLink: ReturnType<typeof readFragment>;
  const el = {
    header: h("div"), lesson: h("div"), problems: h("div", {class: "problems", id: "problems"}), viewBar: h("div", {class: "view-bar"}),
    positions: h("div", {id: "positions"}), player: h("div", {class: "player-row"}), numbers: h("div", {class: "numbers-row"}), curves: h("div", {id: "curves"}),
    panel: h("div", {id: "panel"}), command: h("div", {id: "command"})
  };
  fill(root, el.header, el.lesson, el.problems,
    h("main", {class: "layout"},
      h("div", {class: "stage"}, el.viewBar, el.positions, el.curves, el.player, el.numbers),
      h("aside", {class: "side"}, h("h2", {}, "Settings"), el.panel, el.command)));

  const problems = (err: unknown) => {
    if (!(err instanceof InputError)) throw err;
    fill(el.problems, h("h3", {}, "This cannot run:"), h("ul", {}, err.problems.map((p) => h("li", {}, formatProblem(p)))));
  };
  const key = () => loaded.source.path;
  const time = (t: number) => timeLabel(t, loaded.base.calendar);
  const width = () => Math.max(480, Math.min(1100, el.positions.clientWidth || 800));
  const curvesWidth = () => Math.max(420, Math.min(1100, el.curves.clientWidth || 520));

  function open(source: ScenarioSource, how: Opening = {}): boolean {
    let next: Loaded;
    try {
      next = load(source);
    } catch (err) {
      problems(err);
      return false;
    }
    const settings = settingsFrom(next.controls, how.sets ?? [], how.off ?? []);
    let first: Shown;
    try {
      first = runSettings(next, settings);
    } catch (err) {
      problems(err);
      return false;
    }
    fill(el.problems, pendingLink === undefined ? null : h("p", {}, `A link named the scenario file ${pendingLink.scenario}: open that file (button above, or drop it on the page) to restore its settings.`));
    if (!sources.some((s) => s.path === source.path)) sources.push(source);
    loaded = next;
    shown = first;
    positionsKey = "";
    pinned = undefined;
    colourBy = "position";
    const d = loaded.base.dimensions.findIndex((x) => x.id === how.dim);
    dim = d >= 0 ? d : 0;
    fill(el.header, header(sources, key(), loaded.base.title || loaded.base.id, {open: openFile, lesson: () => showLesson(0)}));
    controlsPanel = panel(loaded.controls, settings, rerunSoon);
    fill(el.panel, controlsPanel.element);
    play?.pause();
    play = player(loaded.base.ticks, how.tick ?? 0, time, showTick);
    fill(el.player, play.element);
    redraw();
    return true;
  }

  let pending: Settings | undefined;
  function rerunSoon(settings: Settings): void {
    if (pending === undefined) setTimeout(() => rerun(pending as Settings), 0);
    pending = settings;
  }
  function rerun(settings: Settings): void {
    pending = undefined;
    try {
      shown = runSettings(loaded, settings);
      fill(el.problems);
    } catch (err) {
      problems(err);
      return;
    }
    redraw();
  }

  /** Draws everything for the current run (and pinned one) at the player's tick. */
  function redraw(): void {
    drawViewBar();
    drawPositions();
    const series = shown.run.result.series;
    curves = curvesView(series, pinned?.run.result.series, curveXs(series)[0] ?? 0, {width: curvesWidth(), timeLabel: loaded.base.calendar ? "year" : "tick"});
    fill(el.curves, curves.element);
    fill(el.command, commandBox({
      command: runCommandLine(key(), shown.spec), fragment: fragment(), csv: () => shownCsv(shown), csvName: `${loaded.base.id}-timeseries.csv`
    }));
    showTick(play.tick());
    document.body.dataset.runs = String(Number(document.body.dataset.runs ?? 0) + 1);
  }

  let positionsKey = "";
  /** Draws the map or strip anew when the scenario, dimension or width changed; else only recolours it. */
  function drawPositions(): void {
    const dimension = loaded.base.dimensions[dim];
    const world = shown.run.result.world;
    const colouring = colourBy === "change" && pinned !== undefined ? changeColouring(dimension, changeSpan(largestChange())) : positionColouring(dimension);
    const drawnKey = [key(), dim, width()].join("|");
    if (drawnKey === positionsKey && positions !== undefined && el.positions.contains(positions.element)) {
      positions.recolour?.(colouring);
      return;
    }
    positionsKey = drawnKey;
    if (loaded.match === undefined) {
      positions = stripView({names: Array.from(world.stateIds, (id, i) => world.names[i] ?? id), regions: Array.from(world.regionOf, (r) => world.regions[r]), hegemon: world.hegemon}, dimension, {width: width()});
    } else {
      positions = mapView(loaded.match, world.hegemon, colouring, {width: width(), hegemonName: world.names[world.hegemon] ?? world.stateIds[world.hegemon] ?? ""});
    }
    fill(el.positions, positions.element);
  }

  function largestChange(): number {
    if (pinned === undefined) return 0;
    const a = shown.run.trajectories.x;
    const b = pinned.run.trajectories.x;
    const {d} = shown.run.result.world;
    let m = 0;
    for (let k = 0; k < Math.min(a.length, b.length); k++) {
      for (let i = dim; i < a[k].length; i += d) m = Math.max(m, Math.abs(a[k][i] - b[k][i]));
    }
    return m;
  }

  function drawViewBar(): void {
    const dims = h("select", {id: "dimension", "aria-label": "dimension"}, loaded.base.dimensions.map((d, k) => h("option", {value: String(k), selected: k === dim}, d.label ?? d.id)));
    dims.addEventListener("change", () => {
      dim = Number(dims.value);
      redraw();
    });
    const colours = loaded.match === undefined || pinned === undefined ? null : h("select", {id: "colour-by", "aria-label": "colour states by"},
      h("option", {value: "position", selected: colourBy === "position"}, "colour: position now"),
      h("option", {value: "change", selected: colourBy === "change"}, "colour: change against the pinned run"));
    colours?.addEventListener("change", () => {
      colourBy = colours.value as typeof colourBy;
      redraw();
    });
    fill(el.viewBar, h("label", {}, "Dimension ", dims), colours,
      h("button", {"data-action": "pin", onclick: pin, title: "keep this run as the baseline to compare with"}, pinned === undefined ? "Pin this run" : "Pin this run instead"),
      pinned === undefined ? null : h("button", {"data-action": "unpin", onclick: () => {
        pinned = undefined;
        colourBy = "position";
        redraw();
      }}, "Unpin"),
      pinned === undefined ? null : h("span", {class: "pinned-note"}, "Pinned run: grey and dashed"));
  }

  function pin(): void {
    pinned = shown;
    colourBy = "change";
    redraw();
  }

  function showTick(t: number): void {
    const {trajectories, result} = shown.run;
    const k = Math.min(t, trajectories.x.length - 1);
    const x = trajectories.x[k];
    const d = result.world.d;
    const p = pinned?.run.trajectories.x;
    const px = p?.[Math.min(t, p.length - 1)];
    positions.show((i) => x[i * d + dim], px === undefined ? undefined : (i) => px[i * d + dim]);
    const year = trajectories.years[k];
    curves.mark(year ?? trajectories.ticks[k]);
    fill(el.numbers, numbersTable(result, pinned?.run.result, t, time(t)));
    history.replaceState(null, "", fragment());
    const link = document.getElementById("settings-link");
    link?.setAttribute("href", fragment());
  }

  function fragment(): string {
    return fragmentOf({scenario: key(), settings: shown.settings, dim: loaded.base.dimensions[dim].id, tick: play?.tick() ?? 0}, loaded.controls);
  }

  function showLesson(k: number): void {
    const step = lessonSteps[k];
    const source = sources.find((s) => s.path === step.scenario);
    if (source === undefined || !open(source, {dim: step.dim})) return;
    lessonStep = k;
    rerun(lessonSettings(loaded.controls, step.before));
    pin();
    const after = lessonSettings(loaded.controls, step.after);
    controlsPanel.set(after);
    rerun(after);
    play.go(loaded.base.ticks);
    fill(el.lesson, lessonPanel(k, showLesson, () => {
      lessonStep = undefined;
      fill(el.lesson);
    }));
  }

  /** Opens the scenario and settings of a link; false when its scenario is a file not in the page (kept until it is opened). */
  function openLink(hash: string): boolean {
    let link: ReturnType<typeof readFragment>;
    try {
      link = readFragment(hash);
    } catch (err) {
      problems(err);
      return false;
    }
    if (link === undefined) return false;
    const source = sources.find((s) => s.path === link.scenario);
    if (source === undefined) {
      pendingLink = link;
      return false;
    }
    return open(source, {sets: link.sets, off: link.off, dim: link.dim, tick: link.tick});
  }

  /** Opens a picked or dropped file, with the settings of a link that named it. */
  function openFile(source: ScenarioSource): void {
    const link = pendingLink?.scenario === source.path ? pendingLink : undefined;
    pendingLink = undefined;
    open(source, link === undefined ? {} : {sets: link.sets, off: link.off, dim: link.dim, tick: link.tick});
  }

  acceptDrops(openFile);
  let resizing: ReturnType<typeof setTimeout> | undefined;
  addEventListener("resize", () => {
    clearTimeout(resizing);
    resizing = setTimeout(() => {
      if (loaded !== undefined) redraw();
    }, 200);
  });
  addEventListener("hashchange", () => {
    if (location.hash !== fragment()) openLink(location.hash);
  });
  if (readFragment(location.hash) === undefined || !openLink(location.hash)) open(data.start, {sets: data.sets.map((arg) => parseSetArg(arg))});
  (window as unknown as {__rcmpExport: () => unknown}).__rcmpExport = () => ({
    command: runCommandLine(key(), shown.spec), csv: shownCsv(shown), fragment: fragment(), lessonStep
  });
}

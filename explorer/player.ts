/**
 * Play, pause, step and a time slider over a run's ticks, with the time in the scenario's own
 * terms (a year and quarter where it has a calendar).
 */
import {h} from "./dom.js";

/** The player and a way to move it from outside (a lesson step, a link). */
export interface Player {
  element: HTMLElement;
  /** Shows tick `t` (and tells `onTick`). */
  go(t: number): void;
  pause(): void;
  tick(): number;
}

/** Ticks shown per second at each speed. */
const speeds: Record<string, number> = {slow: 4, normal: 10, fast: 25};

/** A player over ticks 0..`last`, starting at `start`. */
export function player(last: number, start: number, label: (t: number) => string, onTick: (t: number) => void): Player {
  let t = Math.min(start, last);
  let timer: ReturnType<typeof setInterval> | undefined;
  const slider = h("input", {type: "range", min: 0, max: last, step: 1, value: t, "data-param": "view.tick", "aria-label": "time"});
  const time = h("output", {class: "time", "data-tick": String(t)});
  const play = h("button", {class: "play", "data-action": "play", title: "play / pause (space)"}, "▶ Play");
  const speed = h("select", {class: "speed", "aria-label": "speed"}, Object.keys(speeds).map((s) => h("option", {value: s, selected: s === "normal"}, s)));
  const go = (next: number) => {
    t = Math.max(0, Math.min(last, next));
    slider.value = String(t);
    time.textContent = label(t);
    time.dataset.tick = String(t);
    onTick(t);
  };
  const pause = () => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
    play.textContent = "▶ Play";
  };
  const resume = () => {
    if (t >= last) go(0);
    play.textContent = "❚❚ Pause";
    timer = setInterval(() => {
      if (t >= last) pause();
      else go(t + 1);
    }, 1000 / speeds[speed.value]);
  };
  play.addEventListener("click", () => (timer === undefined ? resume() : pause()));
  speed.addEventListener("change", () => {
    if (timer !== undefined) {
      pause();
      resume();
    }
  });
  slider.addEventListener("input", () => {
    pause();
    go(Number(slider.value));
  });
  const stepButton = (text: string, by: number, action: string) => h("button", {"data-action": action, onclick: () => {
    pause();
    go(t + by);
  }}, text);
  const element = h("div", {class: "player"}, play, stepButton("◀ Step", -1, "back"), stepButton("Step ▶", 1, "step"), speed, slider, time);
  time.textContent = label(t);
  return {element, go, pause, tick: () => t};
}

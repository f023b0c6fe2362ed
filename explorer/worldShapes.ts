/**
 * The world map's outlines: Natural Earth 1:110m countries (world-atlas, bundled), with the
 * small states it leaves out from the 1:50m map, as GeoJSON features by numeric ISO id; and
 * which of them stand for a scenario's states.
 */
import {feature} from "topojson-client";
import type {GeometryCollection} from "topojson-specification";
import topology from "world-outlines";
import codes from "iso-codes";
import small from "small-outlines";
import {matchStates, usesMap, type MapMatch} from "../src/explore/mapIds.js";

/** A country outline. */
export type Outline = GeoJSON.Feature<GeoJSON.Geometry, {name: string}> & {id?: string};

let cache: {all: Outline[]; byId: Map<string, Outline>} | undefined;

/** Every outline of the map (converted once). */
export function outlines(): {all: Outline[]; byId: Map<string, Outline>} {
  if (cache === undefined) {
    const collection = feature(topology, topology.objects.countries as GeometryCollection<{name: string}>) as GeoJSON.FeatureCollection<GeoJSON.Geometry, {name: string}>;
    const all = [...collection.features, ...small] as Outline[];
    cache = {all, byId: new Map(all.filter((f) => f.id !== undefined).map((f) => [String(f.id), f]))};
  }
  return cache;
}

const numericByAlpha3 = new Map(codes.map((row) => [row[1], row[2]]));

/** The outlines of a scenario's states, or undefined when too few of its ids are ISO codes (draw a strip instead). */
export function mapMatch(stateIds: readonly string[]): MapMatch | undefined {
  const {byId} = outlines();
  const match = matchStates(stateIds, (a3) => numericByAlpha3.get(a3), (n) => byId.has(n));
  return usesMap(match) ? match : undefined;
}

/** The bounding box of an outline, in degrees: [west, south, east, north] (ignoring the antimeridian). */
export function bbox(f: Outline): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === "number") {
      box[0] = Math.min(box[0], c[0]);
      box[1] = Math.min(box[1], c[1] as number);
      box[2] = Math.max(box[2], c[0]);
      box[3] = Math.max(box[3], c[1] as number);
    } else if (Array.isArray(c)) for (const x of c) visit(x);
  };
  visit((f.geometry as {coordinates?: unknown}).coordinates);
  return box;
}

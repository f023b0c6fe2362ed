/** Modules that the build (explorer/build.mjs) maps to files of npm packages. */
declare module "world-outlines" {
  import type {Topology} from "topojson-specification";
  /** world-atlas's countries-110m.json: Natural Earth 1:110m outlines, ids numeric ISO 3166 codes. */
  const topology: Topology;
  export default topology;
}

declare module "iso-codes" {
  /** i18n-iso-countries's codes.json: rows [alpha-2, alpha-3, numeric, ...]. */
  const codes: string[][];
  export default codes;
}

declare module "*.css";

declare module "small-outlines" {
  /** The 1:50m outlines of the countries that the 1:110m map leaves out (built by explorer/build.mjs). */
  const features: GeoJSON.Feature<GeoJSON.Geometry, {name: string}>[];
  export default features;
}

/** Modules that the build (explorer/build.mjs) maps to files of npm packages. */
declare module "world-outlines" {
  import type {Topology} from "topojson-specification";
  /** world-atlas's countries-50m.json: Natural Earth 1:50m outlines, ids numeric ISO 3166 codes. */
  const topology: Topology;
  export default topology;
}

declare module "iso-codes" {
  /** i18n-iso-countries's codes.json: rows [alpha-2, alpha-3, numeric, ...]. */
  const codes: string[][];
  export default codes;
}

declare module "*.css";

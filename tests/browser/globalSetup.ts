/**
 * Vitest global setup for the browser tests: builds every notebook (`npm run notebooks`), serves
 * the built folder on 127.0.0.1 and hands its URL to the tests as `inject("baseUrl")`.
 */
import {spawnSync} from "node:child_process";
import type {TestProject} from "vitest/node";
import {serveStatic} from "./staticServer.js";

/** The built notebooks, as written by `npm run notebooks`. */
export const distDir = "notebooks/.observable/dist";

declare module "vitest" {
  export interface ProvidedContext {
    /** Base URL of the served notebooks, ending in `/`. */
    baseUrl: string;
  }
}

/** Builds, serves, and returns the teardown that stops the server. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const built = spawnSync("npm", ["run", "--silent", "notebooks"], {stdio: ["ignore", "pipe", "inherit"], encoding: "utf8"});
  if (built.status !== 0) throw new Error(`npm run notebooks failed with exit code ${built.status}`);
  const server = await serveStatic(distDir);
  project.provide("baseUrl", server.url);
  return () => server.close();
}

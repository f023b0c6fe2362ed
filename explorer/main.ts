/**
 * The explorer page's entry point (bundled by explorer/build.mjs into dist/explorer/explorer.js):
 * reads the page's inline data and starts the explorer.
 */
import "./explorer.css";
import {dataElementId, type ExplorerData} from "../src/explore/explorerHtml.js";
import {startExplorer} from "./app.js";

const data = JSON.parse(document.getElementById(dataElementId)?.textContent ?? "null") as ExplorerData | null;
const root = document.getElementById("app");
if (data === null || root === null) throw new Error("the page has no explorer data");
startExplorer(root, data);

import * as Plot from "@observablehq/plot";
import {Resvg} from "@resvg/resvg-js";
import {JSDOM} from "jsdom";
import {colorLegend, type SvgBlock} from "./svgLegend.js";
import {escapeXml, textWidth} from "./svgText.js";

const svgNs = "http://www.w3.org/2000/svg";
const pad = 10;

/**
 * Renders figure options to ONE standalone SVG string (`xmlns` set, white background, `sans-serif`
 * text): Plot draws the chart without its HTML extras, and the title, subtitle, colour legend and
 * caption it would have put in a `<figure>` are drawn here as SVG around it, so the file renders
 * the same in browsers and in resvg.
 */
export function renderSvg(options: Plot.PlotOptions): string {
  const {window} = new JSDOM("");
  const {title, subtitle, caption, color, ...rest} = options;
  const chart = Plot.plot({...rest, ...(color ? {color: {...color, legend: false}} : {}),
    figure: false, title: null, subtitle: null, caption: null, document: window.document});
  const svg = chart.tagName.toLowerCase() === "svg" ? chart : chart.querySelector(":scope > svg");
  if (!svg) throw new Error("plot produced no svg element");
  const width = Number(svg.getAttribute("width"));
  const chartHeight = Number(svg.getAttribute("height"));
  const blocks: SvgBlock[] = [];
  if (typeof title === "string" && title) blocks.push(textBlock(title, 17, "bold", width));
  if (typeof subtitle === "string" && subtitle) blocks.push(textBlock(subtitle, 13, "normal", width));
  const scale = chart.scale("color");
  const label = typeof color?.label === "string" ? color.label : undefined;
  if (color?.legend && scale) blocks.push(colorLegend(scale, label, pad, width - 2 * pad));
  let y = blocks.length ? pad : 0;
  const parts: string[] = [];
  for (const block of blocks) {
    parts.push(`<g transform="translate(0,${y})">${block.svg}</g>`);
    y += block.height + 6;
  }
  svg.setAttribute("x", "0");
  svg.setAttribute("y", String(y));
  svg.setAttribute("font-family", "sans-serif");
  parts.push(new window.XMLSerializer().serializeToString(svg));
  y += chartHeight;
  if (typeof caption === "string" && caption) {
    const block = textBlock(caption, 12, "normal", width);
    parts.push(`<g transform="translate(0,${y + 4})">${block.svg}</g>`);
    y += block.height + 8;
  }
  return `<svg xmlns="${svgNs}" width="${width}" height="${y}" viewBox="0 0 ${width} ${y}" ` +
    `font-family="sans-serif" style="background: white">` +
    `<rect width="100%" height="100%" fill="white"/>${parts.join("")}</svg>`;
}

/** Text set in lines that fit `width` (words wrapped; a bold text is taken as 8% wider). */
function textBlock(text: string, fontSize: number, weight: string, width: number): SvgBlock {
  const lines = wrap(text, (width - 2 * pad) / (weight === "bold" ? 1.08 : 1), fontSize);
  const lineHeight = Math.round(fontSize * 1.3);
  const svg = lines.map((line, k) =>
    `<text x="${pad}" y="${fontSize + k * lineHeight}" font-size="${fontSize}" font-weight="${weight}" fill="black">${escapeXml(line)}</text>`).join("");
  return {svg, height: lineHeight * lines.length};
}

/** Words of `text` in lines of at most `room` pixels (a word longer than that gets a line of its own). */
export function wrap(text: string, room: number, fontSize: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(" ")) {
      const next = line ? `${line} ${word}` : word;
      if (line && textWidth(next, fontSize) > room) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    lines.push(line);
  }
  return lines;
}

/** Rasterises an SVG string to PNG bytes with resvg, `scale` device pixels per SVG pixel (default 2). */
export function svgToPng(svg: string, scale = 2): Uint8Array {
  const resvg = new Resvg(svg, {background: "white", font: {loadSystemFonts: true}, fitTo: {mode: "zoom", value: scale}});
  return new Uint8Array(resvg.render().asPng());
}

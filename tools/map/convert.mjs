// Converts Natural Earth 110m shapes (npm world-atlas 2.0.2, public domain) into the outline file the
// site draws its world map from: src/GNets.Summit.Web/Features/Map/countries.txt.
//
//   cd tools/map && npm install && node convert.mjs
//
// Run once; the output is committed, so the site needs neither node nor these packages. The
// projection below must stay the same as Features/Map/EqualEarth.cs (same constants, same scale):
// a test checks that the file's header names the scale the C# side uses.
import { readFileSync, writeFileSync } from "node:fs";
import { feature, merge, mesh } from "topojson-client";
import { presimplify, simplify, quantile } from "topojson-simplify";

const SCALE = 185;        // map units per unit of the Equal Earth plane (R = 1): the world is ~1001 units wide
const SOUTH = -57;        // Antarctica and the Southern Ocean are left out: no member city is there
const MIN_AREA = 1.5;     // rings smaller than this (square map units) are dropped
const KEEP = 0.3;        // share of the points kept: topojson-simplify quantile(p) is the weight that the heaviest p of them reach

const A1 = 1.340264, A2 = -0.081106, A3 = 0.000893, A4 = 0.003796, M = Math.sqrt(3) / 2;
function project([lon, lat]) {
  const lambda = lon * Math.PI / 180, phi = lat * Math.PI / 180;
  const t = Math.asin(M * Math.sin(phi)), t2 = t * t, t6 = t2 * t2 * t2;
  const x = (2 * Math.sqrt(3) * lambda * Math.cos(t)) / (3 * (9 * A4 * t6 * t2 + 7 * A3 * t6 + 3 * A2 * t2 + A1));
  const y = t * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
  return [Math.round(x * SCALE), Math.round(-y * SCALE)]; // SVG: y grows downwards
}

const url = new URL("node_modules/world-atlas/countries-110m.json", import.meta.url);
let topo = JSON.parse(readFileSync(url, "utf8"));
topo = presimplify(topo);
topo = simplify(topo, quantile(topo, KEEP));

function area(ring) {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += (ring[j][0] + ring[i][0]) * (ring[j][1] - ring[i][1]);
  return Math.abs(a / 2);
}

// A ring that crosses the 180th meridian (it jumps from +180 to -180) becomes two rings, each closed
// along the meridian on its own side. Natural Earth 110m has only simple cases (two crossings).
function splitAtDateLine(ring) {
  const crossings = [];
  for (let i = 1; i < ring.length; i++) if (Math.abs(ring[i][0] - ring[i - 1][0]) > 180) crossings.push(i);
  if (crossings.length === 0) return [ring];
  if (crossings.length !== 2) { console.warn(`ring with ${crossings.length} date-line crossings kept as is`); return [ring]; }
  const edge = (a, b) => { // where a→b meets the meridian, on a's side
    const side = Math.sign(a[0]) * 180, bx = b[0] + (a[0] > 0 ? 360 : -360);
    if (Math.abs(bx - a[0]) < 1e-9) return [side, a[1]]; // a is on the meridian already
    const t = (side - a[0]) / (bx - a[0]);
    return [side, a[1] + (b[1] - a[1]) * t];
  };
  const [i, j] = crossings, open = ring.slice(0, -1);
  const middle = [edge(ring[i], ring[i - 1]), ...ring.slice(i, j), edge(ring[j - 1], ring[j])];
  const outer = [edge(ring[j], ring[j - 1]), ...ring.slice(j, -1), ...open.slice(0, i), edge(ring[i - 1], ring[i])];
  return [[...middle, middle[0]], [...outer, outer[0]]];
}

// Relative SVG path data: "M x y" then "l dx dy ..." per ring, closed with "z" for polygons.
function pathOf(lines, closed) {
  let d = "";
  for (const line of lines) {
    if (line.every(([, lat]) => lat < SOUTH)) continue;
    const pts = [];
    for (const p of line) {
      const q = project([p[0], Math.max(p[1], SOUTH - 3)]);
      const last = pts[pts.length - 1];
      if (!last || last[0] !== q[0] || last[1] !== q[1]) pts.push(q);
    }
    if (closed && (pts.length < 4 || area(pts) < MIN_AREA)) continue;
    if (!closed && pts.length < 2) continue;
    if (closed && pts.length > 1 && pts[0][0] === pts[pts.length - 1][0] && pts[0][1] === pts[pts.length - 1][1]) pts.pop();
    d += `M${pts[0][0]} ${pts[0][1]}l`;
    let prev = pts[0], first = true;
    for (const p of pts.slice(1)) {
      const dx = p[0] - prev[0], dy = p[1] - prev[1];
      d += (first || dx < 0 ? "" : " ") + dx + (dy < 0 ? "" : " ") + dy;
      first = false;
      prev = p;
    }
    if (closed) d += "z";
  }
  return d;
}

// Land as one merged outline (filled), country borders as one mesh (stroked): each shared border once.
// Countries cut at the antimeridian (Russia, Fiji) are kept apart: merged, their halves would be
// joined along the 180th meridian, drawing a line across the whole map.
const acrossTheDateLine = new Set(["Russia", "Fiji"]);
const geometries = topo.objects.countries.geometries.filter(g => g.properties.name !== "Antarctica");
const land = [
  ...merge(topo, geometries.filter(g => !acrossTheDateLine.has(g.properties.name))).coordinates.flat(),
  ...feature(topo, { type: "GeometryCollection", geometries: geometries.filter(g => acrossTheDateLine.has(g.properties.name)) })
    .features.flatMap(f => f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates).flat(),
].flatMap(splitAtDateLine);
const borders = mesh(topo, topo.objects.countries, (a, b) => a !== b).coordinates;

const out = [
  "# G-NETS Summit world map outlines. Generated by tools/map/convert.mjs; do not edit by hand.",
  "# Source: Natural Earth 1:110m Cultural Vectors (public domain), via npm world-atlas 2.0.2 countries-110m.json.",
  `# Projection: Equal Earth (Savric, Patterson, Jenny 2018); scale ${SCALE}; origin at (0,0); y down; south cut at ${SOUTH}.`,
  `scale ${SCALE}`,
  `land ${pathOf(land, true)}`,
  `borders ${pathOf(borders, false)}`,
  "",
].join("\n");
const target = new URL("../../src/GNets.Summit.Web/Features/Map/countries.txt", import.meta.url);
if (out.includes("NaN")) throw new Error("a point could not be projected");
writeFileSync(target, out);
console.log(`wrote ${out.length} bytes`);

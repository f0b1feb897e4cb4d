#!/usr/bin/env node
// Converts the Natural Earth 1:10m countries of the npm package world-atlas 2.0.2
// (file countries-10m.json, TopoJSON) into resources/data/nl-basemap.txt: the land of the
// Netherlands and its neighbours, clipped to a box around the Netherlands and simplified,
// for the map's embedded offline basemap.
//
//   mkdir -p /tmp/ne && (cd /tmp/ne && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz)
//   node resources/data/convert-natural-earth-basemap.mjs /tmp/ne/package/countries-10m.json \
//       resources/data/nl-basemap.txt
//
// Natural Earth is in the public domain (https://www.naturalearthdata.com/about/terms-of-use/).
// world-atlas's own code is ISC-licensed and is not part of this repository.
//
// Rules:
// - TopoJSON arcs are decoded here (quantized, delta-encoded; no dependency needed).
// - Every country whose rings reach into the box lon -1.0..12.0, lat 48.0..56.0 is kept;
//   its rings are clipped to that box (Sutherland-Hodgman; the clip only adds straight
//   edges on the box, which lies off screen at the map's zoom levels around the NL).
// - Rings are simplified with Douglas-Peucker at 0.0008 degrees (about 60-90 m), about a
//   pixel at zoom 11 and below the source's own accuracy; rings with fewer than 4 points
//   or an area below 1e-6 square degrees after that are dropped.
// - Coordinates are written with 5 decimals (about 1 m).
//
// Output format (UTF-8, LF):
//   # comment lines
//   C <iso-numeric> <name>        starts a country (NL is 528)
//   P                             starts a polygon of that country (outer ring, then holes)
//   R lon,lat lon,lat ...         one ring, not closed
import { readFileSync, writeFileSync } from 'node:fs';

const [input, output] = process.argv.slice(2);
if (!input) {
  console.error('usage: convert-natural-earth-basemap.mjs countries-10m.json [out.txt]');
  process.exit(2);
}
const BOX = { west: -1.0, east: 12.0, south: 48.0, north: 56.0 };
const TOLERANCE = 0.0008;

const topo = JSON.parse(readFileSync(input, 'utf8'));
const { scale, translate } = topo.transform;
const arcs = topo.arcs.map((arc) => {
  let x = 0, y = 0;
  return arc.map(([dx, dy]) => {
    x += dx; y += dy;
    return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
  });
});
function arcPoints(i) {
  return i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
}
function ring(indices) {
  const pts = [];
  for (const i of indices) {
    const a = arcPoints(i);
    pts.push(...(pts.length ? a.slice(1) : a));
  }
  if (pts.length > 1) {
    const [f, l] = [pts[0], pts[pts.length - 1]];
    if (f[0] === l[0] && f[1] === l[1]) pts.pop();
  }
  return pts;
}

function clipEdge(pts, inside, cross) {
  const out = [];
  for (let i = 0; i < pts.length; ++i) {
    const cur = pts[i], prev = pts[(i + pts.length - 1) % pts.length];
    const ci = inside(cur), pi = inside(prev);
    if (ci) {
      if (!pi) out.push(cross(prev, cur));
      out.push(cur);
    } else if (pi) {
      out.push(cross(prev, cur));
    }
  }
  return out;
}
const atX = (x) => (a, b) => [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
const atY = (y) => (a, b) => [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];
function clip(pts) {
  pts = clipEdge(pts, (p) => p[0] >= BOX.west, atX(BOX.west));
  pts = clipEdge(pts, (p) => p[0] <= BOX.east, atX(BOX.east));
  pts = clipEdge(pts, (p) => p[1] >= BOX.south, atY(BOX.south));
  pts = clipEdge(pts, (p) => p[1] <= BOX.north, atY(BOX.north));
  return pts;
}

function perpendicular(p, a, b) {
  const dx = b[0] - a[0], dy = b[1] - a[1];
  const len = Math.hypot(dx, dy);
  if (len === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  return Math.abs(dy * p[0] - dx * p[1] + b[0] * a[1] - b[1] * a[0]) / len;
}
function simplifyOpen(pts) {
  if (pts.length < 3) return pts;
  const keep = new Uint8Array(pts.length);
  keep[0] = keep[pts.length - 1] = 1;
  const stack = [[0, pts.length - 1]];
  while (stack.length) {
    const [s, e] = stack.pop();
    let best = -1, dist = 0;
    for (let i = s + 1; i < e; ++i) {
      const d = perpendicular(pts[i], pts[s], pts[e]);
      if (d > dist) { dist = d; best = i; }
    }
    if (best >= 0 && dist > TOLERANCE) {
      keep[best] = 1;
      stack.push([s, best], [best, e]);
    }
  }
  return pts.filter((_, i) => keep[i]);
}
// A closed ring is split at its point farthest from the first so both halves have ends.
function simplifyRing(pts) {
  let far = 0, dist = -1;
  for (let i = 1; i < pts.length; ++i) {
    const d = Math.hypot(pts[i][0] - pts[0][0], pts[i][1] - pts[0][1]);
    if (d > dist) { dist = d; far = i; }
  }
  const a = simplifyOpen(pts.slice(0, far + 1));
  const b = simplifyOpen([...pts.slice(far), pts[0]]);
  return [...a, ...b.slice(1, -1)];
}
function area(pts) {
  let s = 0;
  for (let i = 0; i < pts.length; ++i) {
    const a = pts[i], b = pts[(i + 1) % pts.length];
    s += a[0] * b[1] - b[0] * a[1];
  }
  return Math.abs(s) / 2;
}

const lines = [
  '# Natural Earth 1:10m countries (public domain), via npm world-atlas 2.0.2 countries-10m.json;',
  '# clipped to lon -1..12, lat 48..56 and simplified by convert-natural-earth-basemap.mjs',
];
let kept = 0, points = 0;
for (const g of topo.objects.countries.geometries) {
  const polys = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
  const out = [];
  for (const poly of polys) {
    const rings = [];
    for (const [k, r] of poly.entries()) {
      const pts = simplifyRing(clip(ring(r))).filter(Boolean);
      if (pts.length < 4 || area(pts) < 1e-6) {
        if (k === 0) break; // no outer ring, no holes
        continue;
      }
      rings.push(pts);
    }
    if (rings.length) out.push(rings);
  }
  if (!out.length) continue;
  lines.push(`C ${g.id} ${g.properties.name}`);
  for (const rings of out) {
    lines.push('P');
    for (const pts of rings) {
      points += pts.length;
      lines.push('R ' + pts.map(([x, y]) => `${x.toFixed(5)},${y.toFixed(5)}`).join(' '));
    }
  }
  ++kept;
}
const text = lines.join('\n') + '\n';
if (output) writeFileSync(output, text); else process.stdout.write(text);
console.error(`${kept} countries, ${points} points, ${text.length} bytes`);

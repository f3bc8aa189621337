#!/usr/bin/env node
// Sanity checks for the language data under data/: every *.tsv in data/common
// and data/<lang>/ must be UTF-8, NFC, have a header line (after '#' comments),
// rows with the header's column count, known country / role / title / kind
// values and well-formed dates. Names that map to two different countries in
// one language are reported as warnings. Usage: node check.js  (exit 1 on error)
'use strict';
const fs = require('fs');
const path = require('path');

const dataDir = path.resolve(__dirname, '..', '..', 'data');
const ORGS = new Set(['UN', 'NATO', 'EU', 'ASEAN', 'APEC', 'AU', 'BRICS', 'G7', 'G20', 'OPEC', 'IAEA', 'WHO',
  'WTO', 'IMF', 'WB', 'SCO', 'OSCE', 'GCC', 'LAS', 'ICC', 'OAS', 'ECOWAS', 'CSTO', 'OIC', 'ADB']);
const ROLES = new Set(['GOV', 'MIL', 'LEG', 'DIP', 'JUD', 'COP', 'BUS', 'MED', 'OPP', 'REB', 'CVL']);
const TITLES = new Set(['head_of_state', 'head_of_government', 'foreign_minister', 'defence_minister',
  'spokesperson', 'party_leader']);
const KINDS = new Set(['country', 'demonym', 'capital', 'seat', 'org', 'not_actor']);
const DATE = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

let errors = 0, warnings = 0;
const err = (f, n, m) => { errors++; console.error(`ERROR ${f}:${n}: ${m}`); };
const warn = (m) => { warnings++; console.warn(`warning: ${m}`); };

function load(file) {
  const rel = path.relative(dataDir, file);
  const buf = fs.readFileSync(file);
  const text = buf.toString('utf8');
  if (!Buffer.from(text, 'utf8').equals(buf)) err(rel, 0, 'not valid UTF-8');
  if (text.charCodeAt(0) === 0xfeff) err(rel, 1, 'BOM');
  const rows = [];
  let header = null;
  text.split('\n').forEach((line, i) => {
    const n = i + 1;
    if (line.endsWith('\r')) err(rel, n, 'CRLF line ending');
    if (line === '' || line.startsWith('#')) return;
    if (line.normalize('NFC') !== line) err(rel, n, 'not NFC');
    const f = line.split('\t');
    if (!header) { header = f; return; }
    if (f.length !== header.length) { err(rel, n, `${f.length} columns, header has ${header.length}`); return; }
    f.forEach((v, j) => { if (v !== v.trim()) err(rel, n, `column ${header[j]} has surrounding spaces`); });
    const o = { _n: n };
    header.forEach((h, j) => { o[h] = f[j]; });
    rows.push(o);
  });
  if (!header) err(rel, 0, 'no header');
  return { rel, header: header || [], rows };
}

const common = path.join(dataDir, 'common');
const countries = load(path.join(common, 'countries.tsv'));
const codes = new Set(countries.rows.map(r => r.code));
if (codes.size !== 249) err(countries.rel, 0, `${codes.size} codes, expected 249`);
const validCountry = c => codes.has(c) || ORGS.has(c);

function checkFile(file, namesByLang, lang) {
  const t = file === path.join(common, 'countries.tsv') ? countries : load(file);
  const h = new Set(t.header);
  for (const r of t.rows) {
    const n = r._n;
    const blocker = r.kind === 'not_actor';
    if (blocker && r.country !== '') err(t.rel, n, 'not_actor rows take no country');
    if (h.has('country') && !blocker && !validCountry(r.country)) err(t.rel, n, `unknown country ${r.country}`);
    if (h.has('role') && r.role !== '' && !ROLES.has(r.role)) err(t.rel, n, `unknown role ${r.role}`);
    if (h.has('title') && r.title !== '' && !TITLES.has(r.title)) err(t.rel, n, `unknown title ${r.title}`);
    if (h.has('kind') && !KINDS.has(r.kind)) err(t.rel, n, `unknown kind ${r.kind}`);
    if (h.has('start')) {
      if (!DATE.test(r.start)) err(t.rel, n, `bad start ${r.start}`);
      if (r.end !== '' && !DATE.test(r.end)) err(t.rel, n, `bad end ${r.end}`);
      if (r.end !== '' && r.end < r.start.slice(0, r.end.length)) err(t.rel, n, `end ${r.end} before start ${r.start}`);
    }
    for (const key of ['name', 'phrase']) if (h.has(key) && r[key] === '') err(t.rel, n, `empty ${key}`);
    if (h.has('variants') && r.variants.split('|').some(v => v !== v.trim() || (r.variants !== '' && v === ''))) {
      err(t.rel, n, 'empty or padded variant');
    }
    if (namesByLang && !blocker && h.has('name') && h.has('country') && h.has('kind')) {
      const m = namesByLang.get(lang) || new Map();
      namesByLang.set(lang, m);
      const prev = m.get(r.name);
      if (prev && prev.country !== r.country) warn(`${lang}: "${r.name}" -> ${prev.country} (${prev.file}) and ${r.country} (${t.rel})`);
      else if (!prev) m.set(r.name, { country: r.country, file: t.rel });
    }
  }
  return t.rows.length;
}

const namesByLang = new Map();
const counts = [];
for (const dir of fs.readdirSync(dataDir).sort()) {
  const full = path.join(dataDir, dir);
  if (!fs.statSync(full).isDirectory()) continue;
  for (const f of fs.readdirSync(full).filter(x => x.endsWith('.tsv')).sort()) {
    counts.push(`${dir}/${f}: ${checkFile(path.join(full, f), namesByLang, dir)} rows`);
  }
}
console.log(counts.join('\n'));
console.log(`${errors} errors, ${warnings} warnings`);
process.exit(errors ? 1 : 0);

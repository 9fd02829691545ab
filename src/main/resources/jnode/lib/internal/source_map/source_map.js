'use strict';
// module.SourceMap: a Source Map v3 (or an index map with "sections") and its lookups. The mappings string is
// decoded in Java (dev.jnode.module.SourceMapMappings) into sorted int32 entries of ENTRY_FIELDS each.

const { validateObject } = require('internal/validators');

const ENTRY_FIELDS = 6; // generated line, generated column, source index, original line, original column, name index
const binding = internalBinding('module');

function decodeMappings(mappings) {
  const decoded = typeof mappings === 'string' && mappings !== '' ? binding.decodeSourceMapMappings(mappings) : null;
  return decoded === null ? new Int32Array(0) : new Int32Array(new ArrayBuffer(decoded));
}

// An index map's sections, each decoded and shifted by its offset (a column offset applies to the section's
// first line only), as one table whose source and name indexes point into the merged lists.
function flattenSections(sections) {
  const sources = [];
  const names = [];
  const tables = [];
  for (const { offset, map } of sections) {
    const inner = flatten(map);
    const table = inner.entries.slice();
    const line = offset?.line ?? 0;
    const column = offset?.column ?? 0;
    for (let at = 0; at < table.length; at += ENTRY_FIELDS) {
      if (table[at] === 0) table[at + 1] += column;
      table[at] += line;
      if (table[at + 2] !== -1) table[at + 2] += sources.length;
      if (table[at + 5] !== -1) table[at + 5] += names.length;
    }
    sources.push(...inner.sources);
    names.push(...inner.names);
    tables.push(table);
  }
  const entries = new Int32Array(tables.reduce((sum, table) => sum + table.length, 0));
  let at = 0;
  for (const table of tables) {
    entries.set(table, at);
    at += table.length;
  }
  return { sources, names, entries };
}

function flatten(payload) {
  if (Array.isArray(payload.sections)) return flattenSections(payload.sections);
  return {
    sources: Array.from(payload.sources),
    names: Array.isArray(payload.names) ? payload.names : [],
    entries: decodeMappings(payload.mappings),
  };
}

// A copy of the payload's own fields, so that later changes to the caller's object do not reach the map.
function clonePayload(payload) {
  const copy = { ...payload };
  for (const key of ['sources', 'sourcesContent', 'names']) {
    if (Array.isArray(copy[key])) copy[key] = Array.from(copy[key]);
  }
  if (Array.isArray(copy.sections)) {
    copy.sections = copy.sections.map((section) => ({ ...section, map: clonePayload(section.map) }));
  }
  return copy;
}

class SourceMap {
  #payload;
  #lineLengths;
  #sources;
  #names;
  #entries;

  constructor(payload, { lineLengths } = { __proto__: null }) {
    validateObject(payload, 'payload');
    this.#payload = clonePayload(payload);
    this.#lineLengths = lineLengths;
    const { sources, names, entries } = flatten(this.#payload);
    this.#sources = sources;
    this.#names = names;
    this.#entries = entries;
  }

  get payload() {
    return this.#payload;
  }

  get lineLengths() {
    return this.#lineLengths;
  }

  // The last entry at or before (lineOffset, columnOffset), both zero-based; {} when there is none.
  findEntry(lineOffset, columnOffset) {
    const entries = this.#entries;
    let low = 0;
    let high = entries.length / ENTRY_FIELDS - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const at = mid * ENTRY_FIELDS;
      const line = entries[at];
      if (line < lineOffset || (line === lineOffset && entries[at + 1] <= columnOffset)) {
        found = at;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    if (found === -1) return {};
    const source = entries[found + 2];
    const name = entries[found + 5];
    return {
      generatedLine: entries[found],
      generatedColumn: entries[found + 1],
      originalSource: source === -1 ? undefined : this.#sources[source],
      originalLine: source === -1 ? undefined : entries[found + 3],
      originalColumn: source === -1 ? undefined : entries[found + 4],
      name: name === -1 ? undefined : this.#names[name],
    };
  }

  // Where the 1-based (lineNumber, columnNumber) of a call site came from, 1-based; {} when unmapped.
  findOrigin(lineNumber, columnNumber) {
    const entry = this.findEntry(lineNumber - 1, columnNumber - 1);
    if (entry.originalSource === undefined) return {};
    return {
      name: entry.name,
      fileName: entry.originalSource,
      lineNumber: entry.originalLine + (lineNumber - 1 - entry.generatedLine) + 1,
      columnNumber: entry.originalColumn + (columnNumber - 1 - entry.generatedColumn) + 1,
    };
  }
}

module.exports = { SourceMap };

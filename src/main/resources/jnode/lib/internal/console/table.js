'use strict';
// console.table: data as a table drawn with box characters, laid out as Node 24 lays it out.
//
// Rows are the data's own enumerable string keys (for a Map or Set, and their iterators, the position
// in iteration order). Columns are the rows' own keys (or the `properties` asked for), kept in a plain
// object so that integer-like names come first, as in Node; primitive rows get a last "Values" column.
// Cells are inspected one level deep on one line; index cells are printed as they are.

const { inspect, displayWidth } = require('internal/util/inspect');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

const engine = internalBinding('util');
const hasOwn = Function.prototype.call.bind(Object.prototype.hasOwnProperty);
const mapSize = Function.prototype.call.bind(Object.getOwnPropertyDescriptor(Map.prototype, 'size').get);
const setSize = Function.prototype.call.bind(Object.getOwnPropertyDescriptor(Set.prototype, 'size').get);

const INDEX = '(index)';
const ITERATION_INDEX = '(iteration index)';
const KEY = 'Key';
const VALUES = 'Values';

function is(check, value) {
  try {
    check(value);
    return true;
  } catch {
    return false;
  }
}

function isPrimitive(value) {
  return value === null || (typeof value !== 'object' && typeof value !== 'function');
}

// Like Node, an object cell with more than two keys collapses to [Object] rather than widening the table.
function cell(value) {
  const wide = value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 2;
  return inspect(value, { depth: wide ? -1 : 0, maxArrayLength: 3, breakLength: Infinity, colors: false });
}

// [items, pairs] still ahead of a Map or Set iterator, without advancing it; undefined for anything else.
function iteratorPreview(value) {
  if (typeof engine?.iteratorEntries !== 'function') return undefined;
  const preview = engine.iteratorEntries(value);
  if (preview === null || preview === undefined) return undefined;
  const items = [];
  for (let i = 0; i < preview[0].length; i++) items.push(preview[0][i]);
  return [items, preview[1] === true];
}

/** A table of keys and values (a Map, a Map's entries) or of values only (a Set, other iterators). */
function iterationTable(keys, values) {
  const index = values.map((_, i) => `${i}`);
  const columns = keys === undefined ? [] : [[KEY, keys.map(cell)]];
  columns.push([VALUES, values.map(cell)]);
  return render(ITERATION_INDEX, index, columns);
}

function objectTable(data, properties) {
  const index = Object.keys(data);
  const byName = { __proto__: null };
  if (properties !== undefined) {
    for (const name of properties) byName[name] = [];
  }
  let values;
  for (let row = 0; row < index.length; row++) {
    const item = data[index[row]];
    if (isPrimitive(item)) {
      if (properties === undefined) {
        values ??= [];
        values[row] = cell(item);
      }
      continue;
    }
    const names = properties === undefined ? Object.keys(item) : properties;
    for (const name of names) {
      byName[name] ??= [];
      if (hasOwn(item, name)) byName[name][row] = cell(item[name]);
    }
  }
  const columns = Object.keys(byName).map((name) => [name, byName[name]]);
  if (values !== undefined) columns.push([VALUES, values]);
  return render(INDEX, index, columns);
}

function render(indexHeader, index, columns) {
  const all = [[indexHeader, index], ...columns];
  const widths = all.map(([header, cells]) => {
    let width = displayWidth(header);
    for (let row = 0; row < index.length; row++) {
      const text = cells[row];
      if (text !== undefined) width = Math.max(width, displayWidth(text));
    }
    return width + 2;
  });
  const line = (left, middle, right) => `${left}${widths.map((w) => '─'.repeat(w)).join(middle)}${right}`;
  const row = (texts) => `│${texts.map((text = '', i) => ` ${text}${' '.repeat(widths[i] - displayWidth(text) - 1)}`).join('│')}│`;
  const lines = [line('┌', '┬', '┐'), row(all.map(([header]) => header)), line('├', '┼', '┤')];
  for (let r = 0; r < index.length; r++) lines.push(row(all.map(([, cells]) => cells[r])));
  lines.push(line('└', '┴', '┘'));
  return lines.join('\n');
}

function printTable(console, data, properties) {
  if (properties !== undefined && !Array.isArray(properties)) {
    throw new ERR_INVALID_ARG_TYPE('properties', 'Array', properties);
  }
  if (isPrimitive(data) || typeof data === 'function') {
    console.log(data);
    return;
  }
  let table;
  if (is(mapSize, data)) {
    const keys = [];
    const values = [];
    for (const [k, v] of Map.prototype.entries.call(data)) {
      keys.push(k);
      values.push(v);
    }
    table = iterationTable(keys, values);
  } else if (is(setSize, data)) {
    table = iterationTable(undefined, [...Set.prototype.values.call(data)]);
  } else {
    const preview = iteratorPreview(data);
    if (preview !== undefined && preview[1]) {
      const [items] = preview;
      table = iterationTable(items.filter((_, i) => i % 2 === 0), items.filter((_, i) => i % 2 === 1));
    } else if (preview !== undefined) {
      table = iterationTable(undefined, preview[0]);
    } else {
      table = objectTable(data, properties);
    }
  }
  console.log(table);
}

module.exports = { printTable };

'use strict';
// module.SourceMap: payload, lineLengths, findEntry (zero-based, the last entry at or before the position),
// findOrigin (one-based), index maps with sections, and the argument checks.
const { SourceMap } = require('module');

const payload = {
  version: 3,
  sources: ['a.js', 'b.js'],
  names: ['foo', 'bar'],
  // line 0: a column-only segment, (a.js 0:0), (a.js 0:2 named foo); line 1: (b.js 1:3, the name carries over);
  // line 3: (a.js 5:0 named bar).
  mappings: 'A,EAAA,EAAEA;ACCC;;ADIHC',
  sourceRoot: 'root/',
};
const map = new SourceMap(payload, { lineLengths: [3, 4] });
console.log(map.payload, map.payload === payload, map.lineLengths);
payload.sources.push('c.js');
console.log(map.payload.sources);
for (const [line, column] of [[0, 0], [0, 1], [0, 2], [0, 3], [0, 4], [0, 90], [1, 0], [1, 7], [2, 0], [3, 0],
  [9, 9]]) {
  console.log(line, column, map.findEntry(line, column));
}
console.log(map.findOrigin(1, 1), map.findOrigin(1, 5), map.findOrigin(2, 3), map.findOrigin(3, 7), map.findOrigin(4, 2));
console.log(new SourceMap({ version: 3, sources: [], mappings: '' }).findEntry(0, 0), new SourceMap(payload).lineLengths);

const sections = new SourceMap({
  version: 3,
  sections: [
    { offset: { line: 0, column: 0 }, map: { version: 3, sources: ['x.js'], names: [], mappings: 'AAAA;AACA' } },
    { offset: { line: 2, column: 10 }, map: { version: 3, sources: ['y.js'], names: [], mappings: 'AAAA,CAAC;AACA;' } },
  ],
});
for (const [line, column] of [[0, 0], [1, 4], [2, 0], [2, 10], [2, 11], [3, 0], [3, 12]]) {
  console.log(line, column, sections.findEntry(line, column));
}

for (const bad of [undefined, null, 'x', 1]) {
  try {
    new SourceMap(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(typeof SourceMap, SourceMap.length, Object.getOwnPropertyNames(SourceMap.prototype),
  Object.keys(map), String(map));

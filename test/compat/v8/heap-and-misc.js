// node:v8's other functions: heap statistics (keys and types; the figures are the engine's own),
// cachedDataVersionTag, isStringOneByteRepresentation, startupSnapshot, and argument checks.
'use strict';
const v8 = require('v8');

const shape = (object) => Object.entries(object).map(([key, value]) =>
  `${key}:${Array.isArray(value) ? 'array' : typeof value}`).join(' ');
console.log(Object.keys(v8).sort().join(' '));
console.log(shape(v8.getHeapStatistics()));
const stats = v8.getHeapStatistics();
console.log('used within total', stats.used_heap_size <= stats.total_heap_size,
  'limit above total', stats.heap_size_limit >= stats.total_heap_size, stats.does_zap_garbage,
  stats.number_of_native_contexts, stats.number_of_detached_contexts);
const spaces = v8.getHeapSpaceStatistics();
console.log(spaces.map((space) => space.space_name).join(' '));
console.log([...new Set(spaces.map(shape))]);
console.log(shape(v8.getHeapCodeStatistics()));
const cpp = v8.getCppHeapStatistics();
console.log(shape(cpp), cpp.detail_level, cpp.space_statistics.map((s) => s.name), shape(cpp.space_statistics[0]));
console.log(shape(v8.getCppHeapStatistics('brief')), v8.getCppHeapStatistics('brief').space_statistics);

const tag = v8.cachedDataVersionTag();
console.log('tag', typeof tag, Number.isInteger(tag) && tag >= 0 && tag < 2 ** 32, tag === v8.cachedDataVersionTag());
console.log('one byte', ['', 'abc', 'caf\u00e9', '\u00ff', '\u20ac', 'x\u0100', '\u{1f600}']
  .map((s) => v8.isStringOneByteRepresentation(s)));
// Node returns 0 where its documentation promises a boolean; jnode returns false.
console.log('building snapshot', v8.startupSnapshot.isBuildingSnapshot() == false); // eslint-disable-line eqeqeq
console.log('coverage outside NODE_V8_COVERAGE', v8.takeCoverage(), v8.stopCoverage());
v8.setFlagsFromString('');

for (const [name, call] of [
  ['setFlagsFromString(1)', () => v8.setFlagsFromString(1)],
  ['setFlagsFromString()', () => v8.setFlagsFromString()],
  ['isStringOneByteRepresentation(1)', () => v8.isStringOneByteRepresentation(1)],
  ['getCppHeapStatistics("x")', () => v8.getCppHeapStatistics('x')],
  ['setHeapSnapshotNearHeapLimit(-1)', () => v8.setHeapSnapshotNearHeapLimit(-1)],
  ['setHeapSnapshotNearHeapLimit("x")', () => v8.setHeapSnapshotNearHeapLimit('x')],
  ['setHeapSnapshotNearHeapLimit(1.5)', () => v8.setHeapSnapshotNearHeapLimit(1.5)],
  ['addSerializeCallback', () => v8.startupSnapshot.addSerializeCallback(() => {})],
  ['addDeserializeCallback', () => v8.startupSnapshot.addDeserializeCallback(() => {})],
  ['setDeserializeMainFunction', () => v8.startupSnapshot.setDeserializeMainFunction(() => {})],
]) {
  try {
    console.log(name, 'returned', call());
  } catch (err) {
    console.log(name, err.name, err.code, err.message);
  }
}

// module.stripTypeScriptTypes's arguments and options, the warning it emits once, and process.features.typescript.
const { stripTypeScriptTypes } = require('module');
process.removeAllListeners('warning');
process.on('warning', (w) => console.log(`[${w.name}] ${w.message}`));

console.log('features.typescript', process.features.typescript);
const calls = [
  [1], [null], ['x', null], ['x', 'str'], ['x', []], ['x', { mode: 'x' }], ['x', { mode: 'strip', sourceMap: true }],
  ['x', { mode: 'strip', sourceMap: 1 }], ['x', { sourceUrl: 1 }], ['x', { mode: 'x', sourceUrl: 1 }],
  ['x', { sourceUrl: 1, sourceMap: true }], ['x', { mode: undefined }], ['x', { mode: 'transform', sourceMap: 'yes' }],
  ['let x: T = 1', { sourceUrl: 'a.ts' }], ['let x: T = 1', { sourceUrl: '' }], ['let x: T = 1', {}],
  ['let x: T = 1', { mode: 'strip', sourceMap: false, sourceUrl: 'file:///x/y.ts' }],
];
for (const args of calls) {
  try {
    console.log(JSON.stringify(stripTypeScriptTypes(...args)));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(typeof stripTypeScriptTypes, stripTypeScriptTypes.name, stripTypeScriptTypes.length);

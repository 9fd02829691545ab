'use strict';
// module.setSourceMapsSupport / getSourceMapsSupport, Error.prepareStackTrace's default, and a user's
// Error.prepareStackTrace, which still gets the call sites while source maps are on.
const { findSourceMap, getSourceMapsSupport, setSourceMapsSupport } = require('module');
const path = require('path');
const { pathToFileURL } = require('url');
const { show } = require('./fixtures/show');

const bundle = path.join(__dirname, 'fixtures/out/bundle.js');
console.log(getSourceMapsSupport(), process.sourceMapsEnabled, findSourceMap(bundle));
const { name, length } = Error.prepareStackTrace;
console.log(typeof Error.prepareStackTrace, name, length, Object.getOwnPropertyDescriptor(Error, 'prepareStackTrace').enumerable);
console.log(Error.prepareStackTrace(new TypeError('no frames'), []));

for (const args of [['yes'], [true, 'x'], [true, { nodeModules: 1 }], [true, { generatedCode: 'no' }]]) {
  try {
    setSourceMapsSupport(...args);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
setSourceMapsSupport(true);
console.log(getSourceMapsSupport(), process.sourceMapsEnabled);
setSourceMapsSupport(true, { nodeModules: true });
console.log(getSourceMapsSupport());

const { main } = require(bundle);
const sourceMap = findSourceMap(bundle);
const { sources, sourceRoot, version, names } = sourceMap.payload;
console.log(sources.map((s) => s.replace(pathToFileURL(__dirname).href, '<dir>')), sourceRoot, version, names);
console.log(sourceMap.lineLengths.length, sourceMap.lineLengths.slice(0, 3));
console.log(findSourceMap(pathToFileURL(bundle).href) === sourceMap, findSourceMap(__filename), findSourceMap('nope'));
const origin = sourceMap.findOrigin(29, 11);
console.log({ ...origin, fileName: origin.fileName.replace(pathToFileURL(__dirname).href, '<dir>') });

Error.prepareStackTrace = (error, callSites) => `${error.message}: ${callSites.length > 0} ${typeof callSites[0].getFileName()}`;
try {
  main('bad');
} catch (e) {
  console.log(e.stack);
}
delete Error.prepareStackTrace;
try {
  main('bad');
} catch (e) {
  console.log(show(e.stack));
}

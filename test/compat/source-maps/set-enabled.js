'use strict';
// process.setSourceMapsEnabled switches mapping on and off at run time; module.getSourceMapsSupport follows.
// As in Node, only modules loaded while it is on have their maps read.
const { getSourceMapsSupport } = require('module');
const { show } = require('./fixtures/show');
const early = require('./fixtures/out/bundle.js');

function attempt({ main }) {
  try {
    main('bad');
  } catch (e) {
    return show(e.stack);
  }
}

console.log(process.sourceMapsEnabled, getSourceMapsSupport());
console.log(attempt(early));
process.setSourceMapsEnabled(true);
console.log(process.sourceMapsEnabled, getSourceMapsSupport());
console.log(attempt(early));
const late = require('./fixtures/out/inline.js');
console.log(attempt(late));
process.setSourceMapsEnabled(false);
console.log(process.sourceMapsEnabled, getSourceMapsSupport());
console.log(attempt(late));
try {
  process.setSourceMapsEnabled('yes');
} catch (e) {
  console.log(e.code, e.message);
}

'use strict';
const util = require('util');
function attempt(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
}
const t = util.types;
function* g() {}
async function* ag() {}
const fns = [function () {}, () => {}, async () => {}, async function () {}, g, ag, class {}];
for (const f of fns) console.log(t.isAsyncFunction(f), t.isGeneratorFunction(f));
console.log(t.isGeneratorObject(g()), t.isGeneratorObject(ag()), t.isGeneratorObject({ next() {} }));

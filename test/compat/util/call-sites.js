'use strict';
const util = require('util');
function attempt(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
}
function inner() { return util.getCallSites(2); }
const sites = inner();
console.log(sites.length, sites[0].functionName, sites[0].scriptName.endsWith('call-sites.js'), sites[0].lineNumber, sites[0].column);
console.log(Object.keys(sites[0]));

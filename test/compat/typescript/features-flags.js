// compat-argv: ["--no-experimental-strip-types", "{case}"]
// process.features.typescript follows the flags; module.stripTypeScriptTypes works whatever they say.
const { stripTypeScriptTypes } = require('module');
process.removeAllListeners('warning');
console.log(process.features.typescript);
console.log(JSON.stringify(stripTypeScriptTypes('let x: number = 1')));

// Code detected as an ES module by its top-level await (or said to be one by --input-type) that calls require():
// Node cannot tell which format was meant and says so (ERR_AMBIGUOUS_MODULE_SYNTAX); without the await it is the
// plain "not defined in ES module scope". Detection also follows V8's wording of await where CommonJS has none.
const { spawnSync } = require('node:child_process');

function run(args) {
  const child = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const error = child.stderr.split('\n').find((line) => /^\w*Error/.test(line));
  console.log(child.status, JSON.stringify(child.stdout), error, /ERR_AMBIGUOUS_MODULE_SYNTAX/.test(child.stderr));
}

run(['-e', 'const fs = require("node:fs"); await Promise.resolve();']);
run(['--input-type=module', '-e', 'await 1;\nconst fs = require("fs");']);
run(['--input-type=module', '-e', 'const fs = require("fs");']);
run(['-e', 'function f() {}; f(await Promise.resolve(1)); if (await 0) {} console.log("module")']);
run(['-e', 'f(await "" "")']);
run(['-e', 'function g() { await h(); }']);

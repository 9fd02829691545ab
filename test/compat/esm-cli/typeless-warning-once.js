// Two files of one package.json without "type" found to be ES modules: Node warns once for that package.json.
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const child = spawnSync(process.execPath, [path.join(__dirname, 'fixtures/typeless-pkg/entry.js')], { encoding: 'utf8' });
console.log(child.status, JSON.stringify(child.stdout), child.stderr.match(/MODULE_TYPELESS_PACKAGE_JSON/g)?.length);
console.log(/typeless-pkg\/entry\.js is not specified/.test(child.stderr));

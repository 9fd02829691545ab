// The "node-addons" export condition holds unless --no-addons is given, for import and require alike.
const { execFileSync } = require('node:child_process');
const path = require('node:path');
const entry = path.join(__dirname, 'fixtures', 'addons.mjs');
for (const flags of [[], ['--no-addons']]) {
  process.stdout.write(execFileSync(process.execPath, [...flags, entry], { encoding: 'utf8' }));
}

// cross-spawn: spawn with a PATH lookup and shebangs, sync and async, and a missing command.
// (Split from the other process runners so each case stays well inside the suite's per-case timeout.)
const crossSpawn = require('cross-spawn');

const node = process.execPath;
const sync = crossSpawn.sync(node, ['-e', 'console.log(process.argv.length, "sync")'], { encoding: 'utf8' });
console.log('cross-spawn sync', sync.status, JSON.stringify(sync.stdout));
const missing = crossSpawn.sync('jnode-no-such-command', [], { encoding: 'utf8' });
console.log('cross-spawn missing', missing.error.code);

const child = crossSpawn('sh', ['-c', 'echo "$0 $1"; exit 3', 'a b', 'c'], { stdio: ['ignore', 'pipe', 'inherit'] });
let out = '';
child.stdout.on('data', (data) => (out += data));
child.on('close', (code) => console.log('cross-spawn async', code, JSON.stringify(out)));

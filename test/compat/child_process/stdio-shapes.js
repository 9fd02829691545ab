// The stdio option in its shapes (shorthand strings, descriptors, { fd } objects, short arrays, extra entries) and
// the ChildProcess object itself: its fresh own properties and how ChildProcess#spawn checks its record.
const { spawn, spawnSync, ChildProcess } = require('child_process');

const shown = (r) => JSON.stringify(r.output && r.output.map((b) => b && b.toString()));
console.log('inherit shorthand', shown(spawnSync('true', { stdio: 'inherit' })));
console.log('ignore shorthand', shown(spawnSync('sh', ['-c', 'echo x'], { stdio: 'ignore' })));
console.log('fd object', shown(spawnSync('sh', ['-c', 'echo to-2 >&2'], { stdio: ['pipe', 'pipe', { fd: 1 }] })));
console.log('extra null entry ignored', shown(spawnSync('true', { stdio: ['pipe', 'pipe', 'pipe', null] })));
console.log('short array padded', shown(spawnSync('sh', ['-c', 'echo e >&2'], { stdio: ['ignore'] })));
const child = spawn('true', { stdio: ['ignore', 'pipe', 'ignore', 'pipe'] });
console.log('async pipes', child.stdio.map((s) => s && s.constructor.name), child.stdin, child.stderr);
child.on('close', (code) => console.log('closed', code));
console.log('fresh keys', Object.keys(new ChildProcess()));
const records = [
  ['envPairs without ipc', { file: 'true', envPairs: 'x', stdio: 'ignore' }],
  ['envPairs with ipc', { envPairs: 'x', stdio: ['ignore', 'ignore', 'ignore', 'ipc'] }],
  ['envPairs with ipc before file', { file: 5, envPairs: 'x', stdio: ['ignore', 'ignore', 'ignore', 'ipc'] }],
  ['stdio before file', { stdio: 'bogus', file: 5 }],
  ['file', { file: 1 }],
  ['args', { file: 'true', args: 'x', stdio: 'ignore' }],
  ['not an object', 'x'],
];
for (const [label, record] of records) {
  try {
    new ChildProcess().spawn(record);
    console.log('record', label, 'ok');
  } catch (e) {
    console.log('record', label, e.code, e.message);
  }
}

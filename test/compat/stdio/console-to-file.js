// console writing to a file before and after process.stdout exists: the order of console.log, console.error,
// process.stdout.write and fs.writeSync lines, strings with lone surrogates (written as U+FFFD), and objects.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const child = `
console.log('first', 'line');
console.error('to stderr');
console.log('lone \\ud800 surrogate');
require('fs').writeSync(1, 'writeSync \\udc00 too\\n');
console.log({ a: 1, b: [2, 3] }, 'then %s', 'format');
process.stdout.write('stream write\\n');
console.log('after the stream exists', process.stdout.constructor.name);
process.stdout.write('last\\n');
`;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'console-file-'));
const outFile = path.join(dir, 'out.txt');
const out = fs.openSync(outFile, 'w');
const r = spawnSync(process.execPath, ['-e', child], { stdio: ['ignore', out, 'pipe'], encoding: 'utf8' });
fs.closeSync(out);
console.log('status', r.status, 'stderr', JSON.stringify(r.stderr));
console.log(fs.readFileSync(outFile).toString('hex').match(/efbfbd/g));
console.log(fs.readFileSync(outFile, 'utf8'));
fs.rmSync(dir, { recursive: true });

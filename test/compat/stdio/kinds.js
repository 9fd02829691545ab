// What process.stdin/stdout/stderr are for pipes, files and no descriptor at all: each child reports the class,
// _type, fd and flags of its stdio streams.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const report = `
const stream = require('stream');
const describe = (s) => [s.constructor.name, s._type, s.fd, s.readable, s.writable, s.isTTY,
  s instanceof stream.Readable, s instanceof stream.Writable, s instanceof require('net').Socket].join(' ');
process.stderr.write('stderr ' + describe(process.stderr) + '\\n');
process.stdout.write('stdout ' + describe(process.stdout) + '\\n');
process.stdout.write('stdin ' + describe(process.stdin) + '\\n');
`;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stdio-kinds-'));
const file = path.join(dir, 'out.txt');

function run(label, stdio) {
  const r = spawnSync(process.execPath, ['-e', report], { stdio, encoding: 'utf8' });
  console.log(`--- ${label} (status ${r.status})`);
  if (r.stdout) console.log(r.stdout.trim());
  if (r.stderr) console.log(r.stderr.trim());
}

run('all pipes', ['pipe', 'pipe', 'pipe']);
const out = fs.openSync(file, 'w');
const input = fs.openSync(__filename, 'r');
run('stdout to a file, stdin from a file', [input, out, 'pipe']);
fs.closeSync(out);
fs.closeSync(input);
console.log(fs.readFileSync(file, 'utf8').trim());
run('stdin ignored', ['ignore', 'pipe', 'pipe']);
fs.rmSync(dir, { recursive: true });

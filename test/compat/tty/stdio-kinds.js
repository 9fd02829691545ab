// A child's process.stdin/stdout/stderr when its stdio are pipes, files, /dev/null or ignored: the stream
// classes, isTTY, columns/rows and the tty-only methods (none of them are terminals).
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const fixture = path.join(__dirname, 'fixtures', 'report-stdio.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-tty-'));
const inFile = path.join(dir, 'in.txt');
fs.writeFileSync(inFile, 'data\n');
const outFd = fs.openSync(path.join(dir, 'out.txt'), 'w');
const inFd = fs.openSync(inFile, 'r');

const runs = {
  pipes: ['pipe', 'pipe', 'pipe'],
  'files': [inFd, outFd, 'pipe'],
  ignored: ['ignore', 'ignore', 'pipe'],
};
for (const [name, stdio] of Object.entries(runs)) {
  const r = spawnSync(process.execPath, [fixture], { stdio, encoding: 'utf8' });
  console.log(`--- ${name}: status ${r.status}`);
  const report = JSON.parse(r.stderr);
  for (const [stream, info] of Object.entries(report)) {
    if (stream === 'stderr') continue;
    console.log(stream, JSON.stringify(info));
  }
}
fs.closeSync(outFd);
fs.closeSync(inFd);
fs.rmSync(dir, { recursive: true });

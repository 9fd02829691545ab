// Children with stdout and stderr on pipes, under FORCE_COLOR / TERM environments: whether
// util.styleText colours its text for the stream (the environment is given in full; NO_COLOR and
// FORCE_COLOR=0 are covered in-process by color-depth.js).
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const fixture = path.join(__dirname, 'fixtures', 'colors.js');
const base = { PATH: process.env.PATH };
if (process.env.JNODE_HOME) base.JNODE_HOME = process.env.JNODE_HOME;
const envs = [
  { TERM: 'xterm-256color' },
  { FORCE_COLOR: '1' },
  { FORCE_COLOR: '2', TERM: 'dumb' },
];
for (const extra of envs) {
  const r = spawnSync(process.execPath, [fixture], { env: { ...base, ...extra }, encoding: 'utf8' });
  console.log(`--- ${JSON.stringify(extra)} status ${r.status}`);
  console.log('stdout', JSON.stringify(r.stdout));
  console.log('stderr', JSON.stringify(r.stderr.replace(/\(node:\d+\)/g, '(node:PID)')));
}

// The shell option: true runs /bin/sh -c with the command and its arguments joined by spaces (no quoting added),
// a string names the shell, spawnargs and spawnfile show what ran, and the shell's exit status and its
// "not found" 127 come back as the child's.
const { spawnSync, spawn, execFileSync } = require('node:child_process');

const runs = [
  ['echo', ['a', 'b  c', '$HOME_IS_SET'], { shell: true, env: { HOME_IS_SET: 'yes', PATH: process.env.PATH } }],
  ['echo "$0" | tr a-z A-Z', [], { shell: true }],
  ['exit 3', [], { shell: true }],
  ['no-such-command-here 2>/dev/null', [], { shell: true }],
  ['echo from bash $BASH_VERSINFO >/dev/null; echo ran', [], { shell: '/bin/bash' }],
  ['false || echo recovered', [], { shell: true }],
];
for (const [command, args, options] of runs) {
  const r = spawnSync(command, args, { encoding: 'utf8', ...options });
  console.log(JSON.stringify(command), r.status, r.signal, JSON.stringify(r.stdout));
}
console.log(String(execFileSync('echo $((6 * 7))', { shell: true })).trim());
const child = spawn('echo', ['x'], { shell: true });
console.log(child.spawnfile, JSON.stringify(child.spawnargs));
child.stdout.setEncoding('utf8').on('data', (d) => console.log('async', JSON.stringify(d)));
child.on('close', (code) => console.log('close', code));

// A parent that leaves signals ignored (nohup's SIGHUP, `trap '' ...` in a shell) does not take them from the
// program: at start-up the runtime gives them back their default, so a listener runs and, without one, the
// signal kills. SIGPIPE stays ignored either way.
const { spawnSync } = require('node:child_process');

function underShellIgnoring(signals, code) {
  const result = spawnSync('sh', ['-c', `trap '' ${signals}; exec "$0" -e "$1"`, process.execPath, code],
    { encoding: 'utf8' });
  console.log(`[${signals}]`, JSON.stringify(result.stdout), 'status', result.status, result.signal,
    JSON.stringify(result.stderr));
}

underShellIgnoring('HUP', `
const timer = setTimeout(() => console.log('listener never ran'), 5000);
process.once('SIGHUP', (name) => { console.log('listener got', name); clearTimeout(timer); });
process.kill(process.pid, 'SIGHUP');`);
underShellIgnoring('INT', `
process.kill(process.pid, 'SIGINT');
setTimeout(() => console.log('survived SIGINT'), 1000);`);
underShellIgnoring('PIPE', `
process.kill(process.pid, 'SIGPIPE');
setTimeout(() => console.log('survived SIGPIPE'), 200);`);

// Exit statuses through async spawn, spawnSync and exec: 0..255, values that wrap (256, 257, -1), shells
// ending by signal (TERM, KILL, and 128+n as a plain code), and a runtime child's process.exitCode / exit().
const { spawn, spawnSync, exec } = require('node:child_process');

const scripts = ['exit 0', 'exit 1', 'exit 2', 'exit 126', 'exit 255', 'exit 256', 'exit 257', 'exit -1',
  'kill -TERM $$', 'kill -KILL $$', 'exit 143', 'false', 'true'];
const sync = scripts.map((s) => {
  const r = spawnSync('sh', ['-c', s]);
  return `${r.status}/${r.signal}`;
});
let i = 0;
const asyncResults = [];
(function next() {
  if (i === scripts.length) {
    scripts.forEach((s, k) => console.log(s.padEnd(14), 'sync', sync[k].padEnd(12), 'async', asyncResults[k]));
    return viaExec();
  }
  const child = spawn('sh', ['-c', scripts[i]], { stdio: 'ignore' });
  child.on('exit', (code, signal) => {
    asyncResults.push(`${code}/${signal} exitCode=${child.exitCode} signalCode=${child.signalCode}`);
    i++;
    next();
  });
}());

function viaExec() {
  exec('exit 9', (err) => {
    console.log('exec exit 9', err.code, err.signal, err.killed);
    exec('kill -HUP $$', (err2) => {
      console.log('exec HUP', err2.code, err2.signal, err2.killed);
      const node = spawnSync(process.execPath, ['-e', 'process.exitCode = 12; process.on("exit", (c) => console.log("exit listener", c))'], { encoding: 'utf8' });
      console.log('runtime exitCode', node.status, JSON.stringify(node.stdout));
      const exit300 = spawnSync(process.execPath, ['-e', 'process.exit(300)']);
      console.log('runtime exit(300)', exit300.status);
    });
  });
}

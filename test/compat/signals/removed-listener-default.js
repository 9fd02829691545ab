// Removing the last listener for a signal restores its default action: a runtime child survives the first SIGINT
// (its listener removes itself), then the second SIGINT kills it; removeAllListeners('SIGTERM') does the same.
const { spawn } = require('node:child_process');

const program = `
  setInterval(() => {}, 1000);
  const extra = () => console.log('extra never runs');
  process.on('SIGINT', extra);
  process.on('SIGINT', function onInt(name) {
    console.log('handled', name, 'listeners', process.listenerCount('SIGINT'));
    process.off('SIGINT', onInt);
    console.log('armed', process.listenerCount('SIGINT'));
  });
  process.off('SIGINT', extra);
  process.on('SIGTERM', () => console.log('term 1'));
  process.on('SIGTERM', () => console.log('term 2'));
  process.on('SIGUSR2', () => {
    process.removeAllListeners('SIGTERM');
    console.log('term listeners', process.listenerCount('SIGTERM'));
  });
  console.log('ready');`;

function run(label, plan) {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, ['-e', program], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    proc.stdout.setEncoding('utf8').on('data', (d) => {
      out += d;
      for (const [after, signal] of plan) {
        if (out.endsWith(after)) proc.kill(signal);
      }
    });
    proc.on('close', (code, signal) => {
      console.log(`${label}: ${code} ${signal}`, JSON.stringify(out));
      resolve();
    });
  });
}

(async () => {
  await run('SIGINT twice', [['ready\n', 'SIGINT'], ['armed 0\n', 'SIGINT']]);
  await run('SIGTERM, removeAll, SIGTERM', [['ready\n', 'SIGTERM'], ['term 2\n', 'SIGUSR2'], ['term listeners 0\n', 'SIGTERM']]);
})();

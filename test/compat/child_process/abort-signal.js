// The signal option: aborting kills the child and reports an AbortError carrying the reason; an already aborted
// signal kills it at once; exec/execFile pass the AbortError to their callback.
const { spawn, execFile, fork } = require('node:child_process');

if (process.argv[2] === 'child') {
  setInterval(() => {}, 1000);
  if (process.argv[3] === 'tell') process.stdout.write('ready');
} else {
  const controller = new AbortController();
  const child = spawn(process.execPath, [__filename, 'child', 'tell'], { signal: controller.signal });
  child.on('error', (err) => console.log('spawn error', err.name, err.code, err.cause));
  child.on('exit', (code, signal) => {
    console.log('spawn exit', code, signal, child.killed);
    aborted();
  });
  // Aborted once the child runs its script: a JVM signalled while it starts exits with 143 instead.
  child.stdout.once('data', () => controller.abort('stop now'));
}

function aborted() {
  const child = fork(__filename, ['child'], { signal: AbortSignal.abort(), killSignal: 'SIGKILL' });
  child.on('error', (err) => console.log('fork error', err.name, err.cause?.name));
  child.on('exit', (code, signal) => {
    console.log('fork exit', code, signal);
    viaExecFile();
  });
}

function viaExecFile() {
  const controller = new AbortController();
  execFile(process.execPath, [__filename, 'child'], { signal: controller.signal }, (err, stdout) => {
    console.log('execFile callback', err.name, err.code, JSON.stringify(stdout));
    try {
      spawn('true', { signal: 'not a signal' });
    } catch (e) {
      console.log(e.code, e.message);
    }
  });
  setTimeout(() => controller.abort(), 300);
}

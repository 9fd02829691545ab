// The process object inside a worker (run from this file): same pid as the main thread, argv with the script path,
// require.main, operations a worker may not do (chdir, setuid, setgid: ERR_WORKER_UNSUPPORTED_OPERATION), reading
// umask, and process.exit() from inside a nested function call.
const { Worker, isMainThread, parentPort, threadId, workerData } = require('node:worker_threads');
const path = require('node:path');

if (isMainThread) {
  const w = new Worker(__filename, { argv: ['extra'], workerData: process.pid });
  w.on('message', (m) => console.log(...m));
  w.on('exit', (code) => console.log('exit', code));
} else {
  const say = (...a) => parentPort.postMessage(a);
  say('pid shared', process.pid === workerData, 'threadId', threadId);
  say('argv', path.basename(process.argv[1]), process.argv.slice(2), 'require.main is this module', require.main === module);
  say('cwd works', process.cwd() === __dirname);
  for (const [label, fn] of [
    ['chdir', () => process.chdir('..')],
    ['setuid', () => process.setuid && process.setuid(0)],
    ['setgid', () => process.setgid && process.setgid(0)],
  ]) {
    try {
      fn();
      say(label, 'allowed');
    } catch (e) {
      say(label, e.code, e.message);
    }
  }
  say('umask() reads', typeof process.umask());
  say('title', typeof process.title, 'stdin', typeof process.stdin, 'isTTY', Boolean(process.stdout.isTTY));
  say('env is a copy', process.env === process.env, typeof process.env.PATH);
  function deep() {
    process.exit(4);
  }
  setTimeout(() => {
    say('about to exit');
    deep();
    say('never');
  }, 10);
}

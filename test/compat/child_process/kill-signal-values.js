// Which values kill() takes as a signal: names and numbers pass, anything else is ERR_UNKNOWN_SIGNAL whose message
// shows the value as util.format's %s does (objects inspected, -0 and bigints as written); the same for
// process.kill. The child is killed with SIGTERM at the end.
const { spawn } = require('node:child_process');

const child = spawn('sleep', ['30']);
const values = [{}, [], [1, 2], { a: 1 }, 1.5, -0, 10n, 'SIGFOO', null, true, -1, 999, Symbol('s')];
for (const value of values) {
  try {
    console.log('child.kill', String(value?.toString?.() ?? value), child.kill(value));
  } catch (err) {
    console.log('child.kill', err.name, err.code, err.message);
  }
}
for (const value of [{}, [3], 1.5, 'SIGFOO', true]) {
  try {
    process.kill(child.pid, value);
    console.log('process.kill accepted');
  } catch (err) {
    console.log('process.kill', err.name, err.code, err.message);
  }
}
child.on('exit', (code, signal) => console.log('exit', code, signal));
child.kill('SIGTERM');

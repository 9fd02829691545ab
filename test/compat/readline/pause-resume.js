// pause()/resume() on an interface: the events fire once per change (pause() returns nothing the second time), the input stream is paused with it,
// lines wait while paused, input 'end' closes, closing pauses first and a second close() does nothing.
const readline = require('node:readline');
const { PassThrough } = require('node:stream');

const input = new PassThrough();
const rl = readline.createInterface({ input, terminal: false });
const log = [];
for (const event of ['pause', 'resume', 'close', 'line']) {
  rl.on(event, (arg) => log.push(arg === undefined ? event : `${event}:${arg}`));
}
console.log('returns', rl.pause() === rl, rl.pause() === rl, input.isPaused(), rl.paused);
console.log('resume returns', rl.resume() === rl, input.isPaused(), rl.paused);
rl.resume();
console.log(log);
log.length = 0;

rl.pause();
input.write('while paused\n');
setImmediate(() => {
  console.log('paused, got', log);
  rl.resume();
  setImmediate(() => {
    console.log('resumed, got', log);
    log.length = 0;
    input.end('tail');
    rl.on('close', () => {
      setImmediate(() => {
        console.log('after end', log, rl.closed);
        rl.close();
        rl.setPrompt('x');
        console.log('after a second close', log.length, rl.getPrompt());
        lineListenersLate();
      });
    });
  });
});

// A line written right after creating the interface is emitted synchronously: a listener added a tick later misses it.
function lineListenersLate() {
  const input = new PassThrough();
  const rl = readline.createInterface({ input });
  input.write('early\n');
  process.nextTick(() => {
    rl.on('line', (l) => console.log('late listener got', l));
    input.write('later\n');
    setImmediate(() => rl.close());
  });
}

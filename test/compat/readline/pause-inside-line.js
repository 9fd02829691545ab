// Pausing from inside a 'line' listener: the lines already read in the same chunk are still emitted (with `paused`
// true), later chunks wait until resume(); `paused` is undefined before the first pause()/resume() and false
// after resume(); 'pause' fires again when the input ends and the interface closes.
const readline = require('node:readline');
const { PassThrough } = require('node:stream');

const input = new PassThrough();
const rl = readline.createInterface({ input });
console.log('initially', rl.paused, Object.hasOwn(rl, 'paused'));
rl.on('line', (line) => {
  console.log('line', line, rl.paused);
  if (line === 'b') {
    rl.pause();
    input.write('later\n');
    setTimeout(() => {
      console.log('resuming, input paused:', input.isPaused());
      rl.resume();
      console.log('input paused after resume:', input.isPaused());
      input.end('e\n');
    }, 50);
  }
});
rl.on('pause', () => console.log('pause event'));
rl.on('resume', () => console.log('resume event'));
rl.on('close', () => console.log('close', rl.paused));
input.write('a\nb\nc\nd\n');
console.log('after first write');

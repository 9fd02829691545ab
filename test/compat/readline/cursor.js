// The cursor helpers write ANSI sequences; readline/promises' Readline queues them until commit().
const readline = require('node:readline');
const { Readline } = require('node:readline/promises');
const { PassThrough } = require('node:stream');

const out = new PassThrough();
let written = '';
out.on('data', (d) => { written += d; });
console.log(readline.cursorTo(out, 3), readline.cursorTo(out, 1, 2), readline.moveCursor(out, -2, 3));
readline.clearLine(out, -1);
readline.clearLine(out, 1);
readline.clearLine(out, 0);
readline.clearScreenDown(out);
readline.cursorTo(out, 0, () => {
  console.log('callback', JSON.stringify(written));
  const rl = new Readline(out);
  rl.cursorTo(5).moveCursor(1, -1).clearLine(0).clearScreenDown();
  written = '';
  rl.commit().then(() => {
    console.log('committed', JSON.stringify(written));
    written = '';
    new Readline(out).cursorTo(1).rollback().commit().then(() => console.log('rolled back', JSON.stringify(written)));
  });
});
try {
  readline.cursorTo(out, undefined, 1);
} catch (err) {
  console.log(err.code, err.message);
}

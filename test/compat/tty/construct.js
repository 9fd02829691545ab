// Constructing tty streams on a regular file's fd fails with ERR_TTY_INIT_FAILED (a SystemError);
// tty.WriteStream's cursor helpers and getWindowSize work on any object with a write method.
const tty = require('node:tty');
const fs = require('node:fs');

const fd = fs.openSync(__filename, 'r');
const attempts = {
  'WriteStream(file fd)': () => new tty.WriteStream(fd),
  'ReadStream(file fd)': () => new tty.ReadStream(fd),
};
for (const [name, attempt] of Object.entries(attempts)) {
  try {
    const stream = attempt();
    console.log(name, 'made', stream.isTTY);
  } catch (err) {
    console.log(name, err.name, err.code, err.code === 'ERR_TTY_INIT_FAILED' ? '' : err.message);
  }
}
fs.closeSync(fd);

// The prototype's helpers only need write(); they return what write returns.
let written = '';
const fake = { write(s, cb) { written += s; if (cb) cb(); return 'write result'; }, columns: 30, rows: 10 };
const proto = tty.WriteStream.prototype;
console.log(proto.cursorTo.call(fake, 2, 3), proto.moveCursor.call(fake, -1, 1), proto.clearLine.call(fake, 0),
  proto.clearScreenDown.call(fake));
console.log(JSON.stringify(written));
console.log(proto.getWindowSize.call(fake));
proto.cursorTo.call(fake, 4, () => console.log('callback ran', JSON.stringify(written.slice(-5))));

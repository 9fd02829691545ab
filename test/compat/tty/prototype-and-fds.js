// tty streams: isTTY lives on the prototypes, and descriptors that are not non-negative integers are refused with
// ERR_INVALID_FD before any terminal check (a descriptor that is no terminal fails with ERR_TTY_INIT_FAILED).
const tty = require('node:tty');

console.log('WriteStream.prototype.isTTY', Object.hasOwn(tty.WriteStream.prototype, 'isTTY'), tty.WriteStream.prototype.isTTY);
console.log('ReadStream.prototype.isTTY', Object.hasOwn(tty.ReadStream.prototype, 'isTTY'), tty.ReadStream.prototype.isTTY);
for (const Stream of [tty.WriteStream, tty.ReadStream]) {
  for (const fd of [-1, 1.5, 'x', null, 2 ** 31, 99999]) {
    try {
      new Stream(fd);
      console.log(Stream.name, fd, 'created');
    } catch (err) {
      console.log(Stream.name, String(fd), err.name, err.code, err.message);
    }
  }
}

// tty.isatty on what a compat run has: stdio pipes, files, fds that are not open, and values that are not
// fds at all (it answers false instead of throwing); the module's exports.
const tty = require('node:tty');
const fs = require('node:fs');
const path = require('node:path');

console.log('stdio', [0, 1, 2].map((fd) => tty.isatty(fd)));
console.log('not fds', [-1, 1.5, '1', null, undefined, 2 ** 31, NaN, {}].map((v) => tty.isatty(v)));
const fd = fs.openSync(path.join(__dirname, 'isatty.js'), 'r');
console.log('file', tty.isatty(fd));
fs.closeSync(fd);
console.log('closed fd', tty.isatty(fd));
const devnull = fs.openSync('/dev/null', 'r');
console.log('/dev/null', tty.isatty(devnull));
fs.closeSync(devnull);
console.log(Object.keys(tty).sort());
console.log(typeof tty.ReadStream, typeof tty.WriteStream, tty.ReadStream.name, tty.WriteStream.name);
const methods = (proto) => Object.getOwnPropertyNames(proto).filter((k) => typeof Object.getOwnPropertyDescriptor(proto, k).value === 'function').sort();
console.log(methods(tty.WriteStream.prototype));
console.log(methods(tty.ReadStream.prototype));
console.log(Object.getPrototypeOf(tty.WriteStream.prototype) === require('node:net').Socket.prototype,
  Object.getPrototypeOf(tty.ReadStream.prototype) === require('node:net').Socket.prototype);
console.log(process.stdout.isTTY, process.stderr.isTTY, process.stdin.isTTY);
console.log(process.stdout instanceof tty.WriteStream, process.stdin instanceof tty.ReadStream);

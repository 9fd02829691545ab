// emitKeypressEvents: key names, modifiers and codes of what terminals send.
const readline = require('node:readline');
const { PassThrough } = require('node:stream');

const input = new PassThrough();
readline.emitKeypressEvents(input);
const keys = [];
input.on('keypress', (s, key) => keys.push([s, key]));
input.write('aZ1.\t\r\n \x7f\x03');
input.write('\x1b[A\x1b[1;5C\x1bOP\x1b[15~\x1b[3~\x1b[Z\x1bb\x1b\x1b[D');
input.write('é€😀');
for (const [s, key] of keys) console.log(JSON.stringify(s), JSON.stringify(key));
keys.length = 0;
input.write('\x1b');
setTimeout(() => {
  console.log('after the escape timeout', JSON.stringify(keys));
}, 1500);

// emitKeypressEvents in more situations: calling it twice emits once per key, function and navigation
// keys in several terminal dialects, meta+shift letters, control characters and Buffer chunks.
const readline = require('node:readline');
const { PassThrough } = require('node:stream');

const input = new PassThrough();
readline.emitKeypressEvents(input);
readline.emitKeypressEvents(input);
const keys = [];
input.on('keypress', (s, key) => keys.push(key ? [key.name, key.ctrl, key.meta, key.shift, key.code || '', JSON.stringify(key.sequence)].join(' ') : `no key for ${JSON.stringify(s)}`));
const chunks = [
  'x',
  '\x1b[1~\x1b[4~\x1b[5~\x1b[6~\x1b[2~',
  '\x1b[7~\x1b[8~\x1bOH\x1bOF',
  '\x1b[11~\x1b[12~\x1b[24~\x1b[[A\x1bOQ',
  '\x1b[1;2A\x1b[1;3B\x1b[1;6D\x1b[a\x1bOa',
  '\x1bA\x1b1\x1b ',
  Buffer.from('\x1b[B'),
  '\r\n',
  '\x1c\x1f',
];
for (const chunk of chunks) {
  input.write(chunk);
  console.log(JSON.stringify(chunk.toString()));
  for (const k of keys.splice(0)) console.log('   ', k);
}
console.log(input.listenerCount('data'), input.listenerCount('newListener'));

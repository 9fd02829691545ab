// The input stream seen by an interface: an input 'error' is re-emitted on the interface, strings and
// Buffers split across multi-byte characters, latin1-encoded input, and the input/output properties.
const readline = require('node:readline');
const { PassThrough, Readable } = require('node:stream');

const input = new PassThrough();
const rl = readline.createInterface({ input });
console.log(rl.input === input, rl.output, rl.terminal);
rl.on('error', (err) => {
  console.log('interface error:', err.message);
  multibyte();
});
input.emit('error', new Error('input broke'));

function multibyte() {
  const bytes = Buffer.from('ünïcödé ✓ 𝄞 end\n');
  const input = new PassThrough();
  const rl = readline.createInterface({ input });
  rl.on('line', (l) => console.log('line', l, l.length));
  rl.on('close', () => latin1());
  for (let i = 0; i < bytes.length; i += 3) input.write(bytes.subarray(i, i + 3));
  input.end();
}

function latin1() {
  const input = new PassThrough();
  input.setEncoding('latin1');
  const rl = readline.createInterface({ input });
  rl.on('line', (l) => console.log('latin1 line', JSON.stringify(l)));
  rl.on('close', () => objects());
  input.end(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a, 0xff, 0x0a]));
}

function objects() {
  // An object-mode input of strings is read line by line too.
  const rl = readline.createInterface({ input: Readable.from(['a', 'b\nc', '\n', 'd']) });
  const lines = [];
  rl.on('line', (l) => lines.push(l));
  rl.on('close', () => {
    console.log('from object mode', lines);
    // Closing the interface does not end or destroy the input.
    const input = new PassThrough();
    const rl2 = readline.createInterface({ input });
    rl2.close();
    console.log(input.destroyed, input.writableEnded, input.listenerCount('data'), input.listenerCount('end'));
  });
}

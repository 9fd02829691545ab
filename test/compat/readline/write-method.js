// rl.write() on interfaces that are not terminals: the data is treated as input (lines are emitted at once, a
// partial line waits for the rest, Buffers are decoded across calls), a paused interface is resumed by it, key
// objects do nothing and a null string is refused, and the input stream itself is not written to.
const readline = require('node:readline');
const { PassThrough } = require('node:stream');

const input = new PassThrough();
let inputWritten = '';
input.on('data', (d) => { inputWritten += d; });
const output = new PassThrough();
let outputWritten = '';
output.on('data', (d) => { outputWritten += d; });
const rl = readline.createInterface({ input, output, terminal: false });
const events = [];
for (const name of ['line', 'pause', 'resume', 'close']) {
  rl.on(name, (arg) => events.push(arg === undefined ? name : `${name}:${JSON.stringify(arg)}`));
}

rl.write('one\ntwo\npart');
events.push('-- after write 1');
rl.write('ial\r\nthree\r');
events.push('-- after write 2');
rl.write('\nfour\u2028');
events.push('-- after write 3');
rl.pause();
rl.write('while paused\n');
events.push(`-- after paused write, paused=${rl.paused}`);
try {
  rl.write(null, { name: 'left' });
} catch (err) {
  events.push(`-- write(null, key): ${err.code} ${err.message}`);
}
rl.write('x', { ctrl: true, name: 'u' });
events.push(`-- after key writes, line=${JSON.stringify(rl.line)}`);
rl.write(Buffer.from('\nbuffer\n'));
rl.write(new Uint8Array([0xc3]));
rl.write(new Uint8Array([0xa9, 0x0a]));
input.write('from the input\n');
setImmediate(() => {
  rl.close();
  console.log(events.join('\n'));
  console.log('input stream data:', JSON.stringify(inputWritten));
  console.log('output:', JSON.stringify(outputWritten));
  try {
    rl.write('late\n');
  } catch (err) {
    console.log('after close:', err.code, err.message);
  }
});

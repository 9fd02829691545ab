// Ctrl-C, Ctrl-D and Ctrl-Z on a terminal interface: the 'SIGINT' event (or closing without a listener),
// Ctrl-D deleting or closing, and 'SIGTSTP' listeners; the events' order with 'pause' and 'close'.
const readline = require('node:readline');
const { PassThrough } = require('node:stream');

function make(name) {
  const input = new PassThrough();
  const output = new PassThrough();
  output.columns = 80;
  output.resume();
  const rl = readline.createInterface({ input, output, terminal: true });
  rl.isClosed = false;
  rl.on('close', () => { rl.isClosed = true; });
  for (const event of ['pause', 'resume', 'close', 'line']) {
    rl.on(event, (arg) => console.log(name, event, arg === undefined ? '' : JSON.stringify(arg)));
  }
  return { rl, input };
}

// With a SIGINT listener the line is kept and the interface stays open.
const a = make('a');
a.rl.on('SIGINT', () => console.log('a SIGINT, line is', JSON.stringify(a.rl.line), 'closed', a.rl.isClosed));
a.input.write('typed');
a.input.write('\x03');
a.input.write(' more\r');
console.log('a closed?', a.rl.isClosed);
a.rl.close();

// Without a listener Ctrl-C closes the interface.
const b = make('b');
b.input.write('abc\x03');
console.log('b closed?', b.rl.isClosed, JSON.stringify(b.rl.line));

// Ctrl-D deletes the character under the cursor, and closes on an empty line.
const c = make('c');
c.input.write('xyz\x1b[D\x1b[D\x04');
console.log('c line', JSON.stringify(c.rl.line), c.rl.cursor, c.rl.isClosed);
c.input.write('\x15\x04');   // ctrl-u leaves "z" right of the cursor, ctrl-d deletes it
console.log('c line', JSON.stringify(c.rl.line), c.rl.isClosed);
c.input.write('\x04');
console.log('c closed?', c.rl.isClosed);

// Ctrl-Z with a SIGTSTP listener only emits the event.
const d = make('d');
d.rl.on('SIGTSTP', () => console.log('d SIGTSTP'));
d.rl.on('SIGCONT', () => console.log('d SIGCONT'));
d.input.write('\x1a');
console.log('d closed?', d.rl.isClosed);
d.rl.close();

// The 'SIGINT' listener of a non-terminal interface never fires from input bytes.
const e = readline.createInterface({ input: new PassThrough(), terminal: false });
e.on('SIGINT', () => console.log('e SIGINT'));
e.on('line', (l) => console.log('e line', JSON.stringify(l)));
e.input.write('a\x03b\n');
setImmediate(() => e.close());

// readline/promises: its Interface class, question() with an already-aborted signal, a promise-returning
// completer, async iteration with line events alongside, and the 'close' event after the input ends.
const readlinePromises = require('node:readline/promises');
const readline = require('node:readline');
const { PassThrough } = require('node:stream');

(async () => {
  const input = new PassThrough();
  const output = new PassThrough();
  let written = '';
  output.on('data', (d) => { written += d; });
  const rl = readlinePromises.createInterface({ input, output, terminal: false });
  console.log(rl instanceof readlinePromises.Interface, rl instanceof readline.Interface,
    readlinePromises.Interface === readline.Interface, typeof rl.question(''.slice(1)).then);
  input.write('ignored answer\n');

  const aborted = AbortSignal.abort(new Error('why'));
  try {
    await rl.question('Never shown? ', { signal: aborted });
  } catch (err) {
    console.log('aborted:', err.name, err.code, err.message, err.cause && err.cause.message);
  }
  const p = rl.question('Shown? ');
  input.write('yes\n');
  console.log('answer', await p);
  console.log('written', JSON.stringify(written));

  try {
    await rl.question('bad', { signal: 'nope' });
  } catch (err) {
    console.log(err.code);
  }

  const seen = [];
  rl.on('line', (l) => seen.push(`event:${l}`));
  rl.on('close', () => seen.push('close'));
  const iterator = rl[Symbol.asyncIterator]();
  input.end('1\n2\n3');
  for await (const line of iterator) seen.push(`iter:${line}`);
  console.log(seen);

  // A completer may return a promise.
  const tin = new PassThrough();
  const tout = new PassThrough();
  tout.columns = 60;
  tout.resume();
  const trl = readlinePromises.createInterface({
    input: tin,
    output: tout,
    terminal: true,
    completer: async (line) => [['promise-completed'].filter((c) => c.startsWith(line)), line],
  });
  tin.write('pro\t');
  await new Promise((r) => setTimeout(r, 20));
  console.log(JSON.stringify(trl.line));
  trl.close();
})();

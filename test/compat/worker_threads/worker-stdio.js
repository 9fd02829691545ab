// A worker's standard streams: stdin: true gives the parent a writable worker.stdin that the worker reads as
// process.stdin to its end; stdout: true and stderr: true capture its output as readable streams; without them the
// worker's console output reaches the process's own stdout/stderr; worker.stdin is null unless asked for.
const { Worker } = require('node:worker_threads');

const reader = new Worker(`
  let text = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk) => { text += chunk; });
  process.stdin.on('end', () => {
    console.log('worker read', JSON.stringify(text), 'lines', text.split('\\n').length - 1);
    console.error('worker stderr line');
    process.stderr.write('raw stderr\\n');
  });
`, { eval: true, stdin: true, stdout: true, stderr: true });
const { Readable, Writable } = require('node:stream');
console.log('streams', reader.stdin instanceof Writable, reader.stdout instanceof Readable, reader.stderr instanceof Readable,
  reader.stdin.writable, reader.stdout.readable);
reader.stdin.write('first line\n');
reader.stdin.write(Buffer.from('second line\n'));
reader.stdin.end('last\n');
const captured = { out: '', err: '' };
reader.stdout.setEncoding('utf8').on('data', (c) => { captured.out += c; });
reader.stderr.setEncoding('utf8').on('data', (c) => { captured.err += c; });
reader.on('exit', (code) => {
  console.log('exit', code, JSON.stringify(captured));
  plain();
});

function plain() {
  const w = new Worker(`
    console.log('worker says hi on the shared stdout');
    console.error('worker says hi on the shared stderr');
    console.log({ object: [1, 2] });
  `, { eval: true });
  console.log('not captured', w.stdin, w.stdout === null, w.stderr === null);
  w.on('exit', (code) => {
    console.log('plain exit', code);
    const onlyOut = new Worker('console.log("to captured stdout"); console.error("to real stderr")', { eval: true, stdout: true });
    let out = '';
    onlyOut.stdout.on('data', (c) => { out += c; });
    onlyOut.on('exit', () => console.log('only stdout captured', JSON.stringify(out)));
  });
}

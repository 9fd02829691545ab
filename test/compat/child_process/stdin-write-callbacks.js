// Writing to a child's stdin: write() callbacks run in order with no error, end(data, callback) waits for the
// data, 'finish' comes before 'close' of the stream, writable state flags before and after, cork()/uncork()
// batching, setDefaultEncoding for string chunks, and a child that reads only part of its input (head -c) still
// ends normally while the parent has finished writing.
const { spawn } = require('node:child_process');

function run(label, command, args, feed) {
  return new Promise((resolve) => {
    const child = spawn(command, args);
    const events = [];
    let out = '';
    child.stdout.setEncoding('latin1');
    child.stdout.on('data', (d) => { out += d; });
    child.stdin.on('finish', () => events.push('finish'));
    child.stdin.on('close', () => events.push('stdin close'));
    feed(child, events);
    child.on('close', (code, signal) => {
      console.log(label, events.join(', '), '|', JSON.stringify(out), code, signal);
      console.log('  flags', child.stdin.writable, child.stdin.writableEnded, child.stdin.writableFinished,
        child.stdin.destroyed);
      resolve();
    });
  });
}

(async () => {
  await run('callbacks', 'cat', [], (child, events) => {
    console.log('  before', child.stdin.writable, child.stdin.writableEnded, child.stdin.writableLength);
    child.stdin.write('a', (err) => events.push(`cb a ${err}`));
    child.stdin.write(Buffer.from('b'), (err) => events.push(`cb b ${err}`));
    child.stdin.end('c', () => events.push('end cb'));
    console.log('  after end()', child.stdin.writable, child.stdin.writableEnded);
  });
  await run('cork', 'cat', [], (child, events) => {
    child.stdin.cork();
    child.stdin.write('1');
    child.stdin.write('2');
    events.push(`corked length ${child.stdin.writableLength}`);
    child.stdin.uncork();
    child.stdin.end();
  });
  await run('default encoding', 'od', ['-An', '-tx1'], (child) => {
    child.stdin.setDefaultEncoding('hex');
    child.stdin.write('cafe');
    child.stdin.end('0a', 'latin1');
  });
  await run('reader stops early', 'head', ['-c', '3'], (child, events) => {
    child.stdin.write('abcdef\n', () => events.push('written'));
    child.stdin.end();
  });
})();

// A child's stdio as ordinary streams for the stream utilities: for await over stdout (Buffers, or strings after
// setEncoding), stream/consumers text()/json()/buffer(), readable.map()/reduce()/toArray(), pipeline() from a generator into
// stdin and from stdout into a Writable, and finished() on stdout and stdin.
const { spawn } = require('node:child_process');
const { Readable, Writable } = require('node:stream');
const { pipeline, finished } = require('node:stream/promises');
const consumers = require('node:stream/consumers');
const { once } = require('node:events');

async function main() {
  {
    const child = spawn('printf', ['a\\nb\\nc\\n']);
    const chunks = [];
    for await (const chunk of child.stdout) chunks.push(chunk);
    console.log('for await', chunks.every(Buffer.isBuffer), JSON.stringify(Buffer.concat(chunks).toString()));
    console.log('exit', await once(child, 'close'));
  }
  {
    const child = spawn('printf', ['\\303\\251t\\303\\251']);
    child.stdout.setEncoding('utf8');
    let text = '';
    for await (const chunk of child.stdout) text += chunk;
    console.log('setEncoding', typeof text, JSON.stringify(text), child.stdout.readableEncoding);
  }
  {
    const child = spawn('sh', ['-c', 'echo out; echo err >&2']);
    const [out, err] = await Promise.all([consumers.text(child.stdout), consumers.text(child.stderr)]);
    console.log('consumers.text', JSON.stringify(out), JSON.stringify(err));
  }
  {
    const child = spawn('echo', ['{"a":[1,2],"b":"x"}']);
    console.log('consumers.json', await consumers.json(child.stdout));
  }
  {
    const child = spawn('head', ['-c', '5', '/dev/zero']);
    const buf = await consumers.buffer(child.stdout);
    console.log('consumers.buffer', buf);
  }
  {
    const child = spawn('seq', ['3']);
    const total = await child.stdout.map((c) => c.length).reduce((a, b) => a + b, 0);
    console.log('map().reduce()', total);
    const letters = spawn('printf', ['abc']);
    console.log('toArray', Buffer.concat(await letters.stdout.toArray()).toString());
  }
  {
    const child = spawn('tr', ['a-z', 'A-Z']);
    async function* lines() {
      for (const word of ['one', 'two', 'three']) yield `${word}\n`;
    }
    const received = [];
    const sink = new Writable({
      write(chunk, enc, cb) { received.push(chunk.toString()); cb(); },
    });
    await Promise.all([pipeline(lines, child.stdin), pipeline(child.stdout, sink)]);
    console.log('pipeline both ends', JSON.stringify(received.join('')), child.stdin.writableFinished);
    await finished(child.stdout);
    console.log('finished stdout', child.stdout.readableEnded);
  }
  {
    const child = spawn('wc', ['-c']);
    Readable.from([Buffer.alloc(1000), Buffer.alloc(24)]).pipe(child.stdin);
    await finished(child.stdin);
    console.log('finished stdin', child.stdin.writableEnded);
    console.log('wc says', (await consumers.text(child.stdout)).trim());
  }
}
main();

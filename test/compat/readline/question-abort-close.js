// A question still pending when it is aborted or the interface closes: readline/promises rejects an abort with an
// AbortError carrying the reason (the interface stays usable for the next question, whose answer arrives), while
// close() leaves a pending promise unsettled and a pending callback uncalled; the output shows each query once.
const readline = require('node:readline');
const rlp = require('node:readline/promises');
const { PassThrough } = require('node:stream');

function outputOf(stream) {
  let text = '';
  stream.on('data', (d) => { text += d; });
  return () => JSON.stringify(text);
}

(async () => {
  {
    const input = new PassThrough();
    const output = new PassThrough();
    const written = outputOf(output);
    const rl = rlp.createInterface({ input, output });
    const ac = new AbortController();
    const first = rl.question('first? ', { signal: ac.signal });
    ac.abort('changed my mind');
    try {
      await first;
    } catch (e) {
      console.log('aborted', e.name, e.code, e.message, e.cause);
    }
    const second = rl.question('second? ');
    input.write('yes\n');
    console.log('second answer', await second);
    rl.close();
    console.log('output', written());
  }
  {
    const output = new PassThrough();
    const written = outputOf(output);
    const rl = rlp.createInterface({ input: new PassThrough(), output });
    let state = 'pending';
    rl.question('never? ').then((a) => { state = `answered ${a}`; }, (e) => { state = `rejected ${e.code}`; });
    rl.on('close', () => console.log('close event'));
    rl.close();
    await new Promise((resolve) => setTimeout(resolve, 20));
    console.log('promise after close', state, rl.closed, written());
  }
  {
    const input = new PassThrough();
    const rl = readline.createInterface({ input, output: new PassThrough() });
    const ac = new AbortController();
    rl.question('cb? ', { signal: ac.signal }, (a) => console.log('callback answer', a));
    rl.on('line', (l) => console.log('line event', l));
    ac.abort();
    input.write('typed after abort\n');
    rl.question('cb again? ', (a) => console.log('callback answer', a));
    input.write('answered\n');
    rl.question('left pending? ', (a) => console.log('callback answer', a));
    rl.close();
    console.log('callback form closed', rl.closed);
  }
})();

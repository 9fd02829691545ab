// An interface with the events module's helpers and disposal: events.once() for the next line (lines emitted in
// the same write after it are gone) or for 'close', events.on() iterating lines until close, Symbol.dispose
// closing once, async iteration started after lines were already emitted, and an input error rejecting once().
const events = require('node:events');
const readline = require('node:readline');
const { PassThrough } = require('node:stream');

(async () => {
  console.log('readline.promises:', readline.promises === require('node:readline/promises'),
    typeof readline.Interface.prototype[Symbol.dispose], typeof readline.Interface.prototype[Symbol.asyncIterator]);

  const input = new PassThrough();
  const rl = readline.createInterface({ input });
  setImmediate(() => input.write('first\nsecond\n'));
  const [first] = await events.once(rl, 'line');
  console.log('once line:', first, 'listeners left:', rl.listenerCount('line'));

  const collected = [];
  setImmediate(() => {
    input.write('a\nb\n');
    input.end('c');
  });
  for await (const [line] of events.on(rl, 'line', { close: ['close'] })) collected.push(line);
  console.log('events.on until close:', collected, rl.closed);

  // Symbol.dispose closes (once); a 'close' awaited with events.once resolves with no arguments.
  const rl2 = readline.createInterface({ input: new PassThrough() });
  const closing = events.once(rl2, 'close');
  let closes = 0;
  rl2.on('close', () => closes++);
  rl2[Symbol.dispose]();
  rl2[Symbol.dispose]();
  console.log('disposed:', rl2.closed, await closing, closes);

  // Lines emitted before the iterator exists are not replayed; later ones are.
  const input3 = new PassThrough();
  const rl3 = readline.createInterface({ input: input3 });
  const early = [];
  rl3.on('line', (l) => early.push(l));
  input3.write('before 1\nbefore 2\n');
  const iterator = rl3[Symbol.asyncIterator]();
  input3.end('after 1\nafter 2\n');
  const late = [];
  for await (const line of iterator) late.push(line);
  console.log('listener saw:', early, 'iterator saw:', late);

  // An error event on the input rejects events.once.
  const input5 = new PassThrough();
  const rl5 = readline.createInterface({ input: input5 });
  setImmediate(() => input5.emit('error', new Error('broken input')));
  await events.once(rl5, 'line').catch((err) => console.log('once rejected:', err.message));
  rl5.close();
})();

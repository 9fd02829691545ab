// readline/promises' Readline class in more detail: autoCommit writes each action at once, actions chain and
// queue in order, commit() and rollback() return values, an empty commit, argument checks with Node's codes, and
// the callback helpers' edge cases (a missing stream, zero moves, bad callbacks).
const readline = require('node:readline');
const { Readline } = require('node:readline/promises');
const { PassThrough } = require('node:stream');

const tick = () => new Promise((resolve) => setImmediate(resolve));
function capture() {
  const out = new PassThrough();
  out.text = '';
  out.on('data', (d) => { out.text += d; });
  return out;
}

(async () => {
  const out = capture();
  const auto = new Readline(out, { autoCommit: true });
  console.log('chain returns itself:', auto.cursorTo(2, 3) === auto, auto.moveCursor(-1, 0) === auto);
  await tick();
  console.log('autoCommit wrote at once:', JSON.stringify(out.text));
  auto.clearLine(-1).clearLine(1).clearScreenDown();
  await tick();
  console.log('more auto writes:', JSON.stringify(out.text));
  const autoCommit = auto.commit();
  console.log('commit with autoCommit:', autoCommit instanceof Promise, await autoCommit);

  const queued = capture();
  const rl = new Readline(queued);
  rl.moveCursor(0, 0).moveCursor(3, 0).moveCursor(0, -2).moveCursor(-4, 5).cursorTo(0);
  await tick();
  console.log('queued, nothing yet:', JSON.stringify(queued.text));
  const result = await rl.commit();
  console.log('committed:', JSON.stringify(queued.text), result);
  queued.text = '';
  console.log('empty commit:', await rl.commit(), JSON.stringify(queued.text));
  console.log('rollback returns itself:', rl.clearScreenDown().rollback() === rl);
  await rl.commit();
  console.log('after rollback:', JSON.stringify(queued.text));

  const attempts = {
    'no stream': () => new Readline(),
    'not a stream': () => new Readline({}),
    'autoCommit string': () => new Readline(capture(), { autoCommit: 'yes' }),
    'cursorTo x string': () => new Readline(capture()).cursorTo('1'),
    'cursorTo y string': () => new Readline(capture()).cursorTo(1, '2'),
    'moveCursor dx': () => new Readline(capture()).moveCursor(1.5, 0),
    'clearLine 2': () => new Readline(capture()).clearLine(2),
    'clearLine string': () => new Readline(capture()).clearLine('left'),
    'cursorTo NaN': () => readline.cursorTo(capture(), NaN),
    'cursorTo callback': () => readline.cursorTo(capture(), 1, 2, 'cb'),
    'moveCursor callback': () => readline.moveCursor(capture(), 1, 1, 'cb'),
    'clearLine callback': () => readline.clearLine(capture(), 0, 'cb'),
    'clearScreenDown callback': () => readline.clearScreenDown(capture(), 'cb'),
  };
  for (const [label, attempt] of Object.entries(attempts)) {
    try {
      const value = attempt();
      console.log(label, 'ok', value instanceof Readline ? 'Readline' : value);
    } catch (err) {
      console.log(label, err.name, err.code, err.message);
    }
  }

  // The callback helpers without a stream answer true and still call back; zero moves write nothing.
  const calls = [];
  console.log('no stream:', readline.cursorTo(undefined, 1, () => calls.push('cursorTo')),
    readline.moveCursor(null, 1, 1, () => calls.push('moveCursor')),
    readline.clearLine(undefined, 0, () => calls.push('clearLine')),
    readline.clearScreenDown(null, () => calls.push('clearScreenDown')));
  const zero = capture();
  console.log('zero move:', readline.moveCursor(zero, 0, 0, () => calls.push('zero move')), JSON.stringify(zero.text));
  const y = capture();
  readline.cursorTo(y, 4, 0);
  readline.cursorTo(y, 0, () => calls.push('cursorTo with callback as y'));
  await tick();
  console.log('callbacks:', calls, JSON.stringify(y.text));
})();

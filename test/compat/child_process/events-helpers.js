// A ChildProcess with the events module's helpers: events.once() resolves 'spawn' with no arguments and 'exit' /
// 'close' with [code, signal], rejects when 'error' comes first (ENOENT), takes an AbortSignal; events.on() with
// a close event collects stdout 'data'; getEventListeners/listenerCount on the child and its streams; a
// ChildProcess is an EventEmitter whose 'error' listener count is 0 by default.
const { spawn } = require('node:child_process');
const events = require('node:events');

(async () => {
  const child = spawn('sh', ['-c', 'echo one; exit 4']);
  console.log('EventEmitter', child instanceof events.EventEmitter, events.listenerCount(child, 'error'),
    events.getEventListeners(child, 'exit').length);
  const closed = events.once(child, 'close');
  console.log('spawn', await events.once(child, 'spawn'));
  console.log('exit', await events.once(child, 'exit'));
  console.log('close', await closed);

  const killed = spawn('sleep', ['10']);
  await events.once(killed, 'spawn');
  killed.kill('SIGINT');
  console.log('killed close', await events.once(killed, 'close'));

  const missing = spawn('no-such-command-jnode-events');
  try {
    await events.once(missing, 'spawn');
  } catch (e) {
    console.log('once rejects', e.code, e.syscall, e.path);
  }

  const ac = new AbortController();
  const waiting = spawn('sleep', ['10']);
  const pending = events.once(waiting, 'exit', { signal: ac.signal });
  ac.abort();
  try {
    await pending;
  } catch (e) {
    console.log('aborted once', e.name, e.code);
  }
  waiting.kill();
  console.log('after abort', await events.once(waiting, 'exit'));

  const lines = spawn('printf', ['x\\ny\\n']);
  lines.stdout.setEncoding('utf8');
  let text = '';
  for await (const [chunk] of events.on(lines.stdout, 'data', { close: ['end'] })) text += chunk;
  console.log('events.on data', JSON.stringify(text));
  console.log('stream listeners', events.listenerCount(lines.stdout, 'data'));
})();

// The report of an unhandled 'error' event: the error's stack, then where it was emitted (with the
// emitter's class unless it is a plain EventEmitter); the emit site is not part of err.stack itself.
// Each scenario runs in a child process; internal frames and headers (node:...) are left out of the comparison.
'use strict';
const { spawnSync } = require('child_process');

const scenarios = {
  subclass: `
    const EventEmitter = require('events');
    class Thing extends EventEmitter {}
    function make() { return new Error('boom'); }
    function emitFrom(e, err) { e.emit('error', err); }
    emitFrom(new Thing(), make());`,
  plainLater: `
    const EventEmitter = require('events');
    const e = new EventEmitter();
    process.nextTick(function later() { e.emit('error', new RangeError('late')); });`,
  withProps: `
    const EventEmitter = require('events');
    const err = Object.assign(new Error('with props'), { code: 'E_SOMETHING', extra: 42 });
    new EventEmitter().emit('error', err);`,
  customStack: `
    const EventEmitter = require('events');
    const err = new TypeError('t');
    err.stack = 'a stack of my own';
    new EventEmitter().emit('error', err);`,
  notAnError: `
    const EventEmitter = require('events');
    new EventEmitter().emit('error', { message: 'plain object' });`,
  caughtByListener: `
    const EventEmitter = require('events');
    process.on('uncaughtException', (err) => {
      console.log('listener sees the plain stack:', !err.stack.includes('Emitted'));
      console.log('marked:', Object.getOwnPropertySymbols(err).map(String));
    });
    new EventEmitter().emit('error', new Error('handled'));`,
};

const internal = /^(\s+at .*node:.*|node:[a-z_/]+:\d+)$/;
for (const [name, code] of Object.entries(scenarios)) {
  const child = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
  const lines = child.stderr.split('\n');
  const kept = [];
  for (let i = 0; i < lines.length; i++) {
    if (/^node:[a-z_/]+:\d+$/.test(lines[i])) { i += 3; continue; } // header, source line, caret, blank
    if (!internal.test(lines[i])) kept.push(lines[i]);
  }
  console.log(`--- ${name}: status ${child.status}`);
  console.log(child.stdout + kept.join('\n'));
}

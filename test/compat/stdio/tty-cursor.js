// tty.WriteStream's cursor methods (called on stand-in streams): the ANSI sequences written, the calls that
// write nothing but still call back, invalid coordinates; and hasColors()'s argument forms.
const tty = require('tty');
const readline = {};
for (const name of ['cursorTo', 'moveCursor', 'clearLine', 'clearScreenDown']) {
  readline[name] = (stream, ...args) => tty.WriteStream.prototype[name].call(stream, ...args);
}
const log = (...a) => console.log(...a);
const show = (e) => (e ? `${e.name} ${e.code} ${e.message}` : String(e));

const sink = {
  write(data, cb) {
    log('write', JSON.stringify(data), typeof cb);
    if (cb) cb();
    return 'returned by write';
  },
};
const calls = [
  ['cursorTo', sink, 0], ['cursorTo', sink, 4, 2], ['cursorTo', sink, 3, undefined],
  ['cursorTo', sink, undefined, undefined], ['cursorTo', sink, 'a', 'b'], ['cursorTo', null, 1, 1],
  ['moveCursor', sink, 2, -3], ['moveCursor', sink, -1, 0], ['moveCursor', sink, 0, 0], ['moveCursor', sink, 0, 5],
  ['moveCursor', undefined, 1, 1], ['moveCursor', sink, NaN, 'x'],
  ['clearLine', sink, -1], ['clearLine', sink, 1], ['clearLine', sink, 0], ['clearLine', sink, undefined],
  ['clearScreenDown', sink], ['clearScreenDown', null],
];
for (const [fn, ...args] of calls) log(fn, args.slice(1).map(String).join(','), readline[fn](...args));

for (const args of [[sink, NaN], [sink, 1, NaN], [sink, undefined, 2]]) {
  try {
    readline.cursorTo(...args);
  } catch (e) {
    log('cursorTo', args.slice(1).map(String).join(','), show(e));
  }
}
try {
  readline.clearLine(sink, 0, 'not a function');
} catch (e) {
  log('clearLine bad callback', show(e));
}

const order = [];
readline.cursorTo(null, 1, 1, () => order.push('no stream cb'));
readline.cursorTo(sink, 5, () => order.push('y as callback'));
readline.moveCursor(sink, 0, 0, () => order.push('nothing to move cb'));
order.push('sync end');
process.nextTick(() => log('callbacks', order));

const has = (...args) => {
  try {
    return tty.WriteStream.prototype.hasColors.call({}, ...args);
  } catch (e) {
    return show(e);
  }
};
const env256 = { TERM: 'xterm-256color' };
log('hasColors', has(undefined, env256), has(env256), has(300, env256), has(256, env256), has(null, env256));
log('hasColors', has(1, env256), has(2.5, env256), has('16', env256), has(16, undefined) === has(16));

'use strict';
// Cursor movement and erasing on a terminal stream, with ANSI (ECMA-48) control sequences: shared by
// tty.WriteStream's methods and node:readline's functions of the same names.

const { codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_CURSOR_POS } } = require('internal/errors');
const { validateFunction } = require('internal/validators');

const CSI = '\x1b[';

// Writes `sequence`, or calls the callback on the next tick when there is no stream (as Node does).
function send(stream, sequence, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream === null || stream === undefined || sequence === '') {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  return stream.write(sequence, callback);
}

function cursorTo(stream, x, y, callback) {
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (Number.isNaN(x)) throw new ERR_INVALID_ARG_VALUE('x', x);
  if (Number.isNaN(y)) throw new ERR_INVALID_ARG_VALUE('y', y);
  if (stream === null || stream === undefined || (typeof x !== 'number' && typeof y !== 'number')) {
    return send(null, '', callback);
  }
  if (typeof x !== 'number') throw new ERR_INVALID_CURSOR_POS();
  const sequence = typeof y !== 'number' ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`;
  return send(stream, sequence, callback);
}

function moveCursor(stream, dx, dy, callback) {
  let sequence = '';
  if (dx < 0) sequence += `${CSI}${-dx}D`;
  else if (dx > 0) sequence += `${CSI}${dx}C`;
  if (dy < 0) sequence += `${CSI}${-dy}A`;
  else if (dy > 0) sequence += `${CSI}${dy}B`;
  return send(stream, sequence, callback);
}

// dir < 0: to the left of the cursor; dir > 0: to the right; 0: the whole line.
function clearLine(stream, dir, callback) {
  const sequence = dir < 0 ? `${CSI}1K` : dir > 0 ? `${CSI}0K` : `${CSI}2K`;
  return send(stream, sequence, callback);
}

function clearScreenDown(stream, callback) {
  return send(stream, `${CSI}0J`, callback);
}

module.exports = { cursorTo, moveCursor, clearLine, clearScreenDown };

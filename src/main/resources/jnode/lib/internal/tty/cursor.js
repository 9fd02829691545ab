'use strict';
// Cursor movement and erasing on a terminal stream, with ANSI (ECMA-48) control sequences: shared by
// tty.WriteStream's methods and node:readline's functions of the same names.

const { codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_CURSOR_POS } } = require('internal/errors');
const { validateFunction } = require('internal/validators');

const CSI = '\x1b[';

// Writes `sequence` (`null`: nothing to write), else calls the callback on the next tick, as Node does.
function send(stream, sequence, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream == null || sequence === null) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  return stream.write(sequence, callback);
}

function cursorTo(stream, x, y, callback) {
  if (typeof y === 'function') return cursorTo(stream, x, undefined, y); // cursorTo(stream, x, callback)
  for (const [name, value] of [['x', x], ['y', y]]) {
    if (Number.isNaN(value)) throw new ERR_INVALID_ARG_VALUE(name, value);
  }
  const hasColumn = typeof x === 'number';
  const hasRow = typeof y === 'number';
  // Nothing to move (no stream, or no coordinate at all) still calls back.
  if (!hasColumn && !hasRow) return send(stream, null, callback);
  if (!hasColumn) throw new ERR_INVALID_CURSOR_POS();
  // Terminals count rows and columns from 1.
  return send(stream, hasRow ? `${CSI}${y + 1};${x + 1}H` : `${CSI}${x + 1}G`, callback);
}

/** The relative move along one axis: `backward` or `forward` is the sequence's final letter. */
function stepAlong(delta, backward, forward) {
  if (delta < 0) return `${CSI}${-delta}${backward}`;
  if (delta > 0) return `${CSI}${delta}${forward}`;
  return '';
}

function moveCursor(stream, dx, dy, callback) {
  // Only a move by exactly (0, 0) writes nothing; other non-numbers still write an empty sequence.
  if (dx === 0 && dy === 0) return send(stream, null, callback);
  return send(stream, stepAlong(dx, 'D', 'C') + stepAlong(dy, 'A', 'B'), callback);
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

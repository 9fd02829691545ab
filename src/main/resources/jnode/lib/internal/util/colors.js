'use strict';
// Whether text for a stream should carry ANSI colours: FORCE_COLOR, NO_COLOR/NODE_DISABLE_COLORS, else a terminal
// that has colours.

function shouldColorize(stream) {
  if (process.env.FORCE_COLOR !== undefined) return process.env.FORCE_COLOR !== '0';
  if (process.env.NO_COLOR !== undefined || process.env.NODE_DISABLE_COLORS !== undefined) return false;
  return !!(stream && stream.isTTY && (typeof stream.hasColors !== 'function' || stream.hasColors()));
}

module.exports = { shouldColorize };

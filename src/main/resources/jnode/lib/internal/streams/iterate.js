'use strict';
// for await (const chunk of readable): reads whatever is buffered, waits for 'readable' (or the end)
// when nothing is, and destroys the stream when the loop stops early, unless told not to.

const { finished } = require('internal/streams/finished');
const { destroyAny } = require('internal/streams/utils');

async function* readChunks(stream, options) {
  let wake = null;
  const wakeUp = () => {
    const resolve = wake;
    wake = null;
    if (resolve) resolve();
  };
  stream.on('readable', wakeUp);
  // undefined: still going; null: ended cleanly; an Error: failed.
  let outcome;
  const stopWatching = finished(stream, { writable: false }, (err) => {
    outcome = err ? (outcome || err) : null;
    wakeUp();
  });
  try {
    for (;;) {
      const chunk = stream.destroyed ? null : stream.read();
      if (chunk !== null) {
        yield chunk;
      } else if (outcome) {
        throw outcome;
      } else if (outcome === null) {
        return;
      } else {
        await new Promise((resolve) => { wake = resolve; });
      }
    }
  } catch (err) {
    outcome = outcome || err;
    throw outcome;
  } finally {
    const destroyOnReturn = !options || options.destroyOnReturn !== false;
    if ((outcome || destroyOnReturn) && (outcome === undefined || stream._readableState.autoDestroy)) {
      destroyAny(stream, null);
    } else {
      stream.off('readable', wakeUp);
      stopWatching();
    }
  }
}

/** The async iterator of a Readable; like Node's, it tells its stream as `iterator.stream`. */
function iterateReadable(stream, options) {
  const iterator = readChunks(stream, options);
  iterator.stream = stream;
  return iterator;
}

module.exports = { iterateReadable };

'use strict';
// readable.wrap(oldStream): a Readable fed by an old-style stream that emits 'data' and 'end' itself.
// Backpressure pauses the old stream (when it can pause) until we are read again.

function wrapInto(readable, oldStream) {
  let paused = false;
  oldStream.on('data', (chunk) => {
    if (!readable.push(chunk) && oldStream.pause) {
      paused = true;
      oldStream.pause();
    }
  });
  oldStream.on('end', () => readable.push(null));
  oldStream.on('error', (err) => require('internal/streams/lifecycle').failStream(readable, err));
  oldStream.on('close', () => readable.destroy());
  oldStream.on('destroy', () => readable.destroy());
  readable._read = () => {
    if (paused && oldStream.resume) {
      paused = false;
      oldStream.resume();
    }
  };
  // Methods of the old stream that a Readable lacks stay reachable through the wrapper.
  for (const name of Object.keys(oldStream)) {
    if (readable[name] === undefined && typeof oldStream[name] === 'function') {
      readable[name] = oldStream[name].bind(oldStream);
    }
  }
  return readable;
}

module.exports = { wrapInto };

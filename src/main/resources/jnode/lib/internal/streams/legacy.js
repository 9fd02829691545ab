'use strict';
// The legacy `Stream` class: an EventEmitter with a simple pipe() for old-style streams that emit 'data'
// and 'end' themselves and have pause()/resume(). Readable and Writable inherit from it.

const EE = require('events');

function Stream(options) {
  EE.call(this, options);
}
Object.setPrototypeOf(Stream.prototype, EE.prototype);
Object.setPrototypeOf(Stream, EE);

Stream.prototype.pipe = function pipe(dest, options) {
  const source = this;
  let ended = false;
  const listeners = [];
  const listen = (emitter, event, fn, prepend) => {
    if (prepend) emitter.prependListener(event, fn);
    else emitter.on(event, fn);
    listeners.push([emitter, event, fn]);
  };
  const cleanup = () => {
    for (const [emitter, event, fn] of listeners) emitter.removeListener(event, fn);
  };

  listen(source, 'data', (chunk) => {
    if (dest.writable && dest.write(chunk) === false && source.pause) source.pause();
  });
  listen(dest, 'drain', () => {
    if (source.readable && source.resume) source.resume();
  });
  if (!dest._isStdio && (!options || options.end !== false)) {
    listen(source, 'end', () => {
      if (ended) return;
      ended = true;
      dest.end();
    });
    listen(source, 'close', () => {
      if (ended) return;
      ended = true;
      if (typeof dest.destroy === 'function') dest.destroy();
    });
  }
  // An error on either end stops the pipe; it is rethrown when the emitter has no other handler.
  const onError = function onError(err) {
    cleanup();
    // EventEmitter's own count: the emitter may have replaced listenerCount.
    if (EE.prototype.listenerCount.call(this, 'error') === 0) this.emit('error', err);
  };
  listen(source, 'error', onError, true);
  listen(dest, 'error', onError, true);
  for (const emitter of [source, dest]) {
    listen(emitter, emitter === source ? 'end' : 'close', cleanup);
  }
  listen(source, 'close', cleanup);
  dest.emit('pipe', source);
  return dest;
};

module.exports = Stream;

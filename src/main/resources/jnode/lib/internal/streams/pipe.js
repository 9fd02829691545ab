'use strict';
// readable.pipe(dest): one PipeLink per destination forwards 'data' to dest.write(), pauses the source
// when a write returns false and resumes it on the destination's 'drain' (once every destination that
// asked for a pause has drained), ends the destination on 'end', and unlinks itself when the destination
// closes, finishes, fails or is unpiped.

const { failStream } = require('internal/streams/lifecycle');

class PipeLink {
  constructor(src, dest, endsDest) {
    this.src = src;
    this.dest = dest;
    this.endsDest = endsDest;
    this.onDrain = null;
    this.unlinked = false;
    this.onData = (chunk) => {
      if (dest.write(chunk) === false) this.pauseSource();
    };
    this.onEnd = () => (endsDest ? dest.end() : src.unpipe(dest));
    this.onError = (err) => {
      src.unpipe(dest);
      dest.removeListener('error', this.onError);
      if (dest.listenerCount('error') === 0) {
        const state = dest._writableState || dest._readableState;
        if (state && !state.errorEmitted) failStream(dest, err);
        else dest.emit('error', err);
      }
    };
    this.onClose = () => {
      dest.removeListener('finish', this.onFinish);
      src.unpipe(dest);
    };
    this.onFinish = () => {
      dest.removeListener('close', this.onClose);
      src.unpipe(dest);
    };
    this.onUnpipe = (readable, info) => {
      if (readable === src && info && info.hasUnpiped === false) {
        info.hasUnpiped = true;
        this.unlink();
      }
    };
  }

  link() {
    const { src, dest } = this;
    const state = src._readableState;
    if (state.endEmitted) process.nextTick(this.onEnd);
    else src.once('end', this.onEnd);
    dest.on('unpipe', this.onUnpipe);
    src.on('data', this.onData);
    // Our handler runs before the user's, so that the source is unpiped first.
    dest.prependListener('error', this.onError);
    dest.once('close', this.onClose);
    dest.once('finish', this.onFinish);
    dest.emit('pipe', src);
    if (dest.writableNeedDrain === true) this.pauseSource();
    else if (!state.flowing) src.resume();
  }

  pauseSource() {
    if (this.unlinked) return;
    const { src, dest } = this;
    const state = src._readableState;
    if (state.pipes.length === 1 && state.pipes[0] === dest) {
      state.awaitDrainWriters = dest;
      state.multiAwaitDrain = false;
    } else if (state.pipes.length > 1 && state.pipes.includes(dest)) {
      state.awaitDrainWriters.add(dest);
    }
    src.pause();
    if (!this.onDrain) {
      this.onDrain = () => this.destinationDrained();
      dest.on('drain', this.onDrain);
    }
  }

  destinationDrained() {
    const { src, dest } = this;
    const state = src._readableState;
    if (state.awaitDrainWriters === dest) state.awaitDrainWriters = null;
    else if (state.multiAwaitDrain) state.awaitDrainWriters.delete(dest);
    const waiting = state.awaitDrainWriters && (state.multiAwaitDrain ? state.awaitDrainWriters.size : 1);
    if (!waiting && src.listenerCount('data')) src.resume();
  }

  unlink() {
    const { src, dest } = this;
    dest.removeListener('close', this.onClose);
    dest.removeListener('finish', this.onFinish);
    if (this.onDrain) dest.removeListener('drain', this.onDrain);
    dest.removeListener('error', this.onError);
    dest.removeListener('unpipe', this.onUnpipe);
    src.removeListener('end', this.onEnd);
    src.removeListener('data', this.onData);
    this.unlinked = true;
    // A destination we were waiting on will never drain for us now: stop waiting.
    const state = src._readableState;
    if (this.onDrain && state.awaitDrainWriters && (!dest._writableState || dest._writableState.needDrain)) {
      this.destinationDrained();
    }
  }
}

function pipe(src, dest, options) {
  const state = src._readableState;
  if (state.pipes.length === 1 && !state.multiAwaitDrain) {
    state.multiAwaitDrain = true;
    state.awaitDrainWriters = new Set(state.awaitDrainWriters ? [state.awaitDrainWriters] : []);
  }
  state.pipes.push(dest);
  const endsDest = (!options || options.end !== false) && dest !== process.stdout && dest !== process.stderr;
  new PipeLink(src, dest, endsDest).link();
  return dest;
}

function unpipe(src, dest) {
  const state = src._readableState;
  if (state.pipes.length === 0) return src;
  if (!dest) {
    const all = state.pipes;
    state.pipes = [];
    src.pause();
    for (const each of all) each.emit('unpipe', src, { hasUnpiped: false });
    return src;
  }
  const index = state.pipes.indexOf(dest);
  if (index === -1) return src;
  state.pipes.splice(index, 1);
  if (state.pipes.length === 0) src.pause();
  dest.emit('unpipe', src, { hasUnpiped: false });
  return src;
}

module.exports = { pipe, unpipe };

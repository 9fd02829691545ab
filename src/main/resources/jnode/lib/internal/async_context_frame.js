'use strict';
// The async context frame, as Node 24 has it: one immutable Map from each AsyncLocalStorage to its store,
// current while code runs and carried to every continuation created meanwhile.
//
// GraalJS's AsyncContext (js.async-context) carries one value of ours, the frame, through promise reactions
// and await by itself. Continuations the engine does not know (nextTick, timers, immediates, callbacks from
// Java) take the frame when they are created and run inside it through callInFrame. While no
// AsyncLocalStorage has a store, the frame is undefined and callInFrame is a plain call.

let frameVariable; // an AsyncContext.Variable whose value is the current frame
let binding; // internalBinding('async_context'), for enterFrame

function init(asyncContext) {
  frameVariable = new asyncContext.Variable();
}

function currentFrame() {
  return frameVariable.get();
}

// The innermost frame an exception escaped from: Node runs 'uncaughtException' listeners in the context of
// the code that threw (node:test blames the test through it), but by then the frame has been left.
let escaped = { error: undefined, frame: undefined };

/** Calls fn with thisArg and args (an array) inside frame; the previous frame comes back afterwards. */
function callInFrame(frame, fn, thisArg, args) {
  if (frame === frameVariable.get()) return Reflect.apply(fn, thisArg, args);
  try {
    return frameVariable.run(frame, Reflect.apply, fn, thisArg, args);
  } catch (err) {
    if (escaped.error !== err) escaped = { error: err, frame };
    throw err;
  }
}

/** The frame that err escaped from, if it came out of a callInFrame (else the current one); forgets it. */
function takeEscapedFrame(err) {
  const { error, frame } = escaped;
  escaped = { error: undefined, frame: undefined };
  return error === err ? frame : frameVariable.get();
}

/** Makes frame current for the rest of the running callback (AsyncLocalStorage.enterWith). */
function enterFrame(frame) {
  binding ??= internalBinding('async_context');
  frameVariable.run(frame, binding.capture);
  binding.enterCaptured();
}

/** fn bound to the current frame, or fn itself when there is none (for callbacks Java calls later). */
function bindToCurrentFrame(fn) {
  const frame = frameVariable.get();
  if (frame === undefined) return fn;
  return function boundToFrame(...args) {
    return callInFrame(frame, fn, this, args);
  };
}

module.exports = { init, currentFrame, callInFrame, enterFrame, bindToCurrentFrame, takeEscapedFrame };

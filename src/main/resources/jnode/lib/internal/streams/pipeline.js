'use strict';
// stream.pipeline(source, ...transforms, destination, callback): connects the stages, calls back once
// the last one is done, and destroys every stage with the first error when one fails.
//
// A stage is a Node stream, an (async) iterable (as the source), or a function: the first gets
// `{ signal }` and returns an iterable; the others get the previous stage as an async iterable and
// return one (a transform) or a promise (the destination, whose value reaches the callback).

const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_RETURN_VALUE, ERR_MISSING_ARGS, ERR_STREAM_DESTROYED, ERR_STREAM_PREMATURE_CLOSE,
  },
} = require('internal/errors');
const { validateAbortSignal, validateFunction } = require('internal/validators');
const { finished } = require('internal/streams/finished');
const {
  destroyAny, isIterable, isNodeStream, isReadableNodeStream, isReadableEnded, isWebStream,
} = require('internal/streams/utils');

let PassThrough;
let Duplex;

function pipeline(...streams) {
  const callback = streams.pop();
  validateFunction(callback, 'streams[stream.length - 1]');
  return runPipeline(streams, callback, {});
}

function runPipeline(streamArgs, callback, options) {
  const streams = streamArgs.length === 1 && Array.isArray(streamArgs[0]) ? streamArgs[0] : streamArgs;
  if (streams.length < 2) throw new ERR_MISSING_ARGS('streams');

  const outerSignal = options.signal;
  validateAbortSignal(outerSignal, 'options.signal');
  const controller = new AbortController();
  const { signal } = controller;
  const onOuterAbort = () => settle(new AbortError(undefined, { cause: outerSignal?.reason }));
  outerSignal?.addEventListener('abort', onOuterAbort, { once: true });

  let failure;
  let result;
  let unfinished = 0;
  let settled = false;
  // One per stage that can be destroyed: destroys it unless it completed.
  const destroyers = [];
  const afterSuccess = [];

  function stageDone(err) {
    settle(err, --unfinished === 0);
  }

  function settle(err, allDone) {
    // A premature close is usually the echo of the real error elsewhere: a later real error wins.
    if (err && (!failure || failure.code === 'ERR_STREAM_PREMATURE_CLOSE')) failure = err;
    if ((!failure && !allDone) || settled) return;
    while (destroyers.length) destroyers.shift()(failure);
    outerSignal?.removeEventListener('abort', onOuterAbort);
    controller.abort();
    if (allDone) {
      settled = true;
      if (!failure) for (const fn of afterSuccess) fn();
      process.nextTick(callback, failure, result);
    }
  }

  // On failure every stage is torn down, except one that closed or finished cleanly already.
  function watchStage(stream, readable, writable) {
    const stage = { stream, over: false };
    stream.on('close', () => { stage.over = true; });
    const stop = finished(stream, { readable, writable }, (err) => { stage.over = !err; });
    destroyers.push((err) => tearDownStage(stage, err));
    return stop;
  }

  let previous;
  for (let i = 0; i < streams.length; i++) {
    const stage = streams[i];
    const isFirst = i === 0;
    const isLast = i === streams.length - 1;
    const reading = !isLast;
    const writing = !isFirst;
    const endLast = reading || options.end !== false;

    if (isNodeStream(stage)) {
      if (isLast && endLast) {
        // Once the pipeline is done, the last stage's own errors no longer concern it.
        const onError = (err) => {
          if (err && err.name !== 'AbortError' && err.code !== 'ERR_STREAM_PREMATURE_CLOSE') stageDone(err);
        };
        stage.on('error', onError);
        afterSuccess.push(() => stage.removeListener('error', onError));
      }
      const stop = watchStage(stage, reading, writing);
      if (isLast) afterSuccess.push(stop);
    }

    if (isFirst) {
      if (typeof stage === 'function') {
        previous = stage({ signal });
        if (!isIterable(previous)) throw new ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or Stream', 'source', previous);
      } else if (isIterable(stage) || isReadableNodeStream(stage) || isWebStream(stage)) {
        previous = stage;
      } else {
        Duplex ??= require('internal/streams/duplex');
        previous = Duplex.from(stage);
      }
    } else if (typeof stage === 'function') {
      previous = stage(asAsyncIterable(previous), { signal });
      if (reading) {
        if (!isIterable(previous, true)) throw new ERR_INVALID_RETURN_VALUE('AsyncIterable', `transform[${i - 1}]`, previous);
      } else {
        // The destination: its value (or what it yields) goes into a PassThrough the callback waits for.
        PassThrough ??= require('internal/streams/transform').PassThrough;
        const sink = new PassThrough({ objectMode: true });
        const returned = previous;
        if (returned && typeof returned.then === 'function') {
          unfinished++;
          returned.then((value) => {
            result = value;
            if (value != null) sink.write(value);
            if (endLast) sink.end();
            process.nextTick(stageDone);
          }, (err) => {
            sink.destroy(err);
            process.nextTick(stageDone, err);
          });
        } else if (isIterable(returned, true)) {
          unfinished++;
          pumpIntoWritable(returned, sink, stageDone, endLast);
        } else {
          throw new ERR_INVALID_RETURN_VALUE('AsyncIterable or Promise', 'destination', returned);
        }
        previous = sink;
        const stop = watchStage(sink, false, true);
        if (isLast) afterSuccess.push(stop);
      }
    } else if (isNodeStream(stage)) {
      if (isReadableNodeStream(previous)) {
        unfinished += 2;
        pipeStreams(previous, stage, stageDone, endLast);
      } else if (isIterable(previous)) {
        unfinished++;
        pumpIntoWritable(previous, stage, stageDone, endLast);
      } else {
        throw new ERR_INVALID_ARG_TYPE('val', ['Readable', 'Iterable', 'AsyncIterable', 'ReadableStream'],
          previous);
      }
      previous = stage;
    } else {
      Duplex ??= require('internal/streams/duplex');
      previous = Duplex.from(stage);
    }
  }

  if (signal.aborted || outerSignal?.aborted) process.nextTick(onOuterAbort);
  return previous;
}

/** What a function stage receives: streams become async iterables of their chunks. */
function asAsyncIterable(value) {
  if (isReadableNodeStream(value)) return require('internal/streams/iterate').iterateReadable(value);
  if (isIterable(value)) return value;
  Duplex ??= require('internal/streams/duplex');
  return asAsyncIterable(Duplex.from(value));
}

/** src.pipe(dst) that ends dst only after a clean end of src, reporting both sides' outcome. */
function pipeStreams(src, dst, done, endDst) {
  // A destination that closes before the source has ended is a premature close.
  let srcEnded = false;
  dst.on('close', () => {
    if (!srcEnded) done(new ERR_STREAM_PREMATURE_CLOSE());
  });
  src.pipe(dst, { end: false });
  if (endDst) {
    const endDestination = () => {
      srcEnded = true;
      dst.end();
    };
    if (isReadableEnded(src)) process.nextTick(endDestination);
    else src.once('end', endDestination);
  }
  finished(src, { readable: true, writable: false }, (err) => {
    // A stream destroyed right after its last chunk still counts as ended once 'end' comes.
    const endStillDue = err?.code === 'ERR_STREAM_PREMATURE_CLOSE' && gotLastChunkCleanly(src._readableState);
    if (endStillDue) src.once('end', done).once('error', done);
    else done(err);
  });
  finished(dst, { readable: false, writable: true }, done);
}

function tearDownStage(stage, err) {
  if (stage.over) return;
  stage.over = true;
  destroyAny(stage.stream, err || new ERR_STREAM_DESTROYED('pipe'));
}

function gotLastChunkCleanly(readableState) {
  return !!readableState && readableState.ended && !readableState.errored && !readableState.errorEmitted;
}

/** Writes what an iterable yields into a writable, waiting for 'drain' when it is full. */
async function pumpIntoWritable(iterable, writable, done, endWritable) {
  let failure;
  let wake = null;
  const onEvent = (err) => {
    if (err) failure = err;
    const resolve = wake;
    wake = null;
    if (resolve) resolve();
  };
  const nextEvent = () => new Promise((resolve, reject) => {
    if (failure) reject(failure);
    else wake = () => (failure ? reject(failure) : resolve());
  });
  writable.on('drain', onEvent);
  const stopWatching = finished(writable, { readable: false }, onEvent);
  try {
    if (writable.writableNeedDrain) await nextEvent();
    for await (const chunk of iterable) {
      if (!writable.write(chunk)) await nextEvent();
    }
    if (endWritable) {
      writable.end();
      await nextEvent();
    }
    done();
  } catch (err) {
    done(failure && failure !== err ? failure : err);
  } finally {
    stopWatching();
    writable.off('drain', onEvent);
  }
}

function pipelinePromise(...streams) {
  return new Promise((resolve, reject) => {
    let options = {};
    const last = streams[streams.length - 1];
    if (last && typeof last === 'object' && !isNodeStream(last) && !isIterable(last) && !isWebStream(last)) {
      options = streams.pop();
    }
    runPipeline(streams, (err, value) => (err ? reject(err) : resolve(value)),
      { signal: options.signal, end: options.end });
  });
}

module.exports = { pipeline, pipelinePromise, runPipeline };

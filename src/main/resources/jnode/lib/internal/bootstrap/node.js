// The bootstrap: turns a bare GraalJS context into Node's environment (process, globals, require) and
// returns the hooks the Java loop calls. Evaluated once per JS thread; its value is this function.
(function bootstrap(bindings, stateBuffer, isWorker) {
  'use strict';

  // A worker's context has GraalJS's shell globals for the one of them it needs: quit(), the hard exit that
  // process.exit() is in a worker (see EngineOptions). None of them stays visible.
  const quit = globalThis.quit;
  if (isWorker) {
    for (const name of ['quit', 'read', 'readbuffer', 'readline', 'performance']) delete globalThis[name];
  }

  // Symbol.dispose and Symbol.asyncDispose exist in Node 24's V8 but not in GraalJS 25; the library's
  // disposers ([Symbol.dispose]() on timers, listeners, ...) need them before any module loads.
  for (const name of ['dispose', 'asyncDispose']) {
    if (typeof Symbol[name] !== 'symbol') {
      Object.defineProperty(Symbol, name, { value: Symbol(`Symbol.${name}`) });
    }
  }

  // GraalJS converts Atomics.notify's count with ToInt32, so Infinity (the usual way to write "wake them all")
  // and counts past 2^31 wake nobody or too few; the language clamps the count as an integer-or-infinity.
  const engineNotify = Atomics.notify;
  Atomics.notify = {
    notify(typedArray, index, count) {
      if (count === undefined) return engineNotify(typedArray, index);
      const wanted = Math.trunc(Number(count));
      return engineNotify(typedArray, index, wanted > 0x7fffffff ? undefined : wanted);
    },
  }.notify;

  // GraalJS's AsyncContext carries AsyncLocalStorage's frame; Node has no such global.
  const asyncContext = globalThis.AsyncContext;
  delete globalThis.AsyncContext;

  const internalBinding = (name) => bindings.get(name);
  const natives = internalBinding('natives');
  const params = 'exports, require, module, internalBinding, process';

  // process exists before any module runs, because modules receive it as a parameter.
  const process = {};

  const builtinsModule = { exports: {}, id: 'internal/bootstrap/builtins', loaded: false };
  natives.compileLibrary(builtinsModule.id, params)(builtinsModule.exports, null, builtinsModule,
    internalBinding, process);
  const { requireBuiltin, cache, loadList } = builtinsModule.exports;
  cache.set(builtinsModule.id, builtinsModule);
  Object.defineProperty(process, 'moduleLoadList', { value: loadList, writable: false, enumerable: true, configurable: true });
  const require = requireBuiltin;

  // GraalJS's ES module loader asks internal/modules/esm/loader what each import names (the MLE builtin's lookup
  // hook is the fallback when jnode's loader cannot be installed); Node has no such global.
  natives.registerModuleLookup(globalThis.MLE?.registerESMLookup ?? null,
    (referrer, specifier, attributes) => require('internal/modules/esm/loader').lookup(referrer, specifier, attributes));
  delete globalThis.MLE;

  // Errors thrown by Java bindings are built here, with Node's shape.
  const errors = require('internal/errors');
  internalBinding('errors').setUvExceptionFactory(errors.uvException);
  internalBinding('errors').setCodedErrorFactory(errors.codedError);
  require('internal/source_map/prepare_stack_trace').install();

  const int32State = new Int32Array(new ArrayBuffer(stateBuffer));
  const float64State = new Float64Array(int32State.buffer);
  require('internal/async_context_frame').init(asyncContext);
  const taskQueues = require('internal/process/task_queues');
  taskQueues.init(int32State);
  const processBinding = internalBinding('process');
  const timers = require('internal/timers');
  timers.init(() => processBinding.loopNow(), int32State, float64State);

  // process: an instance of a constructor named "process" whose prototype inherits from EventEmitter's, as in Node.
  const EventEmitter = require('events');
  const ProcessConstructor = { process: function() {} }.process;
  Object.setPrototypeOf(ProcessConstructor.prototype, EventEmitter.prototype);
  Object.setPrototypeOf(process, ProcessConstructor.prototype);
  Object.defineProperty(process, Symbol.toStringTag, {
    value: 'process', writable: true, enumerable: false, configurable: false,
  });
  EventEmitter.init.call(process);
  const optionValues = require('internal/options').optionValues();
  const fatal = () => require('internal/process/fatal');
  require('internal/process/object').setup(process, {
    optionValues,
    isWorker,
    exit(code) {
      if (arguments.length > 0) process.exitCode = code;
      cache.get('internal/modules/esm/loader')?.exports.cancelUnsettledAwaitCheck();
      if (!process._exiting) {
        process._exiting = true;
        // A throwing 'exit' listener is an uncaught exception like any other (printed, exit code 1).
        taskQueues.callReportingUncaught(() => process.emit('exit', process.exitCode || 0));
      }
      process.reallyExit(process.exitCode || 0);
    },
  });

  const stdio = require('internal/process/stdio');
  Object.defineProperties(process, {
    stdin: { get: stdio.getStdin, enumerable: false, configurable: true },
    stdout: { get: stdio.getStdout, enumerable: false, configurable: true },
    stderr: { get: stdio.getStderr, enumerable: false, configurable: true },
  });

  // Rejection tracking; then the engine-specific global goes away.
  taskQueues.trackRejections(internalBinding('task_queue'), globalThis.Graal);
  delete globalThis.Graal;

  // ---- globals, with Node's enumerability ----
  function defineGlobal(name, value, enumerable) {
    Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable });
  }
  // GraalJS's WebAssembly (on GraalWasm) in V8's key order, with the streaming entry points Node implements over
  // fetch's Response (loaded on their first call).
  function completeWebAssembly(wasm) {
    const { instantiate } = wasm;
    delete wasm.instantiate;
    wasm.instantiate = instantiate;
    wasm.compileStreaming = function compileStreaming(source) {
      return require('internal/wasm_web_api').compileStreaming(source);
    };
    wasm.instantiateStreaming = function instantiateStreaming(source, importObject = undefined) { // length 1, as V8's
      return require('internal/wasm_web_api').instantiateStreaming(source, importObject);
    };
  }
  function defineLazyGlobal(name, load, enumerable = false) {
    Object.defineProperty(globalThis, name, {
      configurable: true,
      enumerable,
      get() {
        const value = load();
        defineGlobal(name, value, enumerable);
        return value;
      },
      set(value) {
        defineGlobal(name, value, enumerable);
      },
    });
  }
  defineGlobal('global', globalThis, true);
  completeWebAssembly(globalThis.WebAssembly);
  defineGlobal('clearImmediate', timers.clearImmediate, true);
  defineGlobal('setImmediate', timers.setImmediate, true);
  defineGlobal('clearInterval', timers.clearInterval, true);
  defineGlobal('clearTimeout', timers.clearTimeout, true);
  defineGlobal('setInterval', timers.setInterval, true);
  defineGlobal('setTimeout', timers.setTimeout, true);
  defineGlobal('queueMicrotask', taskQueues.queueMicrotask, true);
  defineGlobal('process', process, false);
  defineLazyGlobal('console', () => require('console'));
  if (optionValues['--expose-gc'] === true) defineGlobal('gc', () => processBinding.gc(), false);
  // node:buffer's globals: Buffer is not enumerable, atob and btoa are.
  defineLazyGlobal('Buffer', () => require('buffer').Buffer);
  defineLazyGlobal('atob', () => require('buffer').atob, true);
  defineLazyGlobal('btoa', () => require('buffer').btoa, true);
  defineLazyGlobal('URL', () => require('internal/url').URL);
  defineLazyGlobal('URLSearchParams', () => require('internal/url').URLSearchParams);
  defineLazyGlobal('DOMException', () => require('internal/per_context/domexception').DOMException);
  defineLazyGlobal('performance', () => require('perf_hooks').performance, true);
  for (const name of ['PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure', 'PerformanceObserver',
    'PerformanceObserverEntryList']) {
    defineLazyGlobal(name, () => require('perf_hooks')[name]);
  }
  defineLazyGlobal('crypto', () => require('internal/crypto/webcrypto').crypto, true);
  for (const name of ['Crypto', 'SubtleCrypto']) {
    defineLazyGlobal(name, () => require('internal/crypto/webcrypto')[name]);
  }
  defineLazyGlobal('structuredClone', () => require('internal/structured_clone').structuredClone, true);
  defineLazyGlobal('fetch', () => require('internal/fetch/fetch').fetch, true);
  defineLazyGlobal('Request', () => require('internal/fetch/request').Request);
  defineLazyGlobal('Response', () => require('internal/fetch/response').Response);
  defineLazyGlobal('FormData', () => require('internal/fetch/formdata').FormData);
  defineLazyGlobal('Headers', () => require('internal/fetch/headers').Headers);
  // --no-experimental-websocket takes these two away, as in Node.
  if (optionValues['--no-experimental-websocket'] !== true) {
    defineLazyGlobal('WebSocket', () => require('internal/websocket/websocket').WebSocket);
    defineLazyGlobal('CloseEvent', () => require('internal/websocket/events').CloseEvent);
  }
  defineLazyGlobal('MessageEvent', () => require('internal/websocket/events').MessageEvent);
  for (const name of ['BroadcastChannel', 'MessageChannel', 'MessagePort']) {
    defineLazyGlobal(name, () => require('internal/worker/io')[name]);
  }
  for (const name of ['EventTarget', 'Event', 'CustomEvent']) {
    defineLazyGlobal(name, () => require('internal/event_target')[name]);
  }
  for (const name of ['AbortController', 'AbortSignal']) {
    defineLazyGlobal(name, () => require('internal/abort_controller')[name]);
  }
  for (const name of ['ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
    'ReadableStreamBYOBRequest', 'ReadableByteStreamController', 'ReadableStreamDefaultController',
    'TransformStream', 'TransformStreamDefaultController', 'WritableStream', 'WritableStreamDefaultWriter',
    'WritableStreamDefaultController', 'ByteLengthQueuingStrategy', 'CountQueuingStrategy', 'TextEncoderStream',
    'TextDecoderStream', 'CompressionStream', 'DecompressionStream']) {
    defineLazyGlobal(name, () => require('stream/web')[name]);
  }
  // navigator stays an accessor without a setter, as Node's; --no-experimental-global-navigator removes both.
  if (optionValues['--no-experimental-global-navigator'] !== true) {
    Object.defineProperty(globalThis, 'navigator', {
      configurable: true,
      enumerable: true,
      get: Object.getOwnPropertyDescriptor({
        get navigator() { return require('internal/navigator').getNavigator(); },
      }, 'navigator').get,
    });
    defineLazyGlobal('Navigator', () => require('internal/navigator').Navigator);
  }
  defineLazyGlobal('Blob', () => require('internal/blob').Blob);
  defineLazyGlobal('File', () => require('internal/file').File);
  for (const name of ['TextEncoder', 'TextDecoder']) {
    if (globalThis[name]) defineGlobal(name, globalThis[name], false);
  }

  const { Module } = require('internal/modules/cjs/loader');
  Module._initPaths();
  if (isWorker) require('internal/worker/child').setup(process, quit);

  function location(file, line, column, sourceLine) {
    return file === null ? null : [file, line, column, sourceLine];
  }

  // ---- the hooks the Java side calls ----
  return {
    // Each hook reports what its callback throws before returning (see taskQueues.callReportingUncaught).
    callback(fn, ...args) {
      taskQueues.callReportingUncaught(() => fn(...args));
      taskQueues.runTicksIfAny();
    },
    drainTicks: taskQueues.drainTicks,
    runTimer(now) {
      let ran = true;
      taskQueues.callReportingUncaught(() => { ran = timers.runTimer(now); });
      if (ran) taskQueues.runTicksIfAny();
      return ran;
    },
    runImmediate(first) {
      let ran = true;
      taskQueues.callReportingUncaught(() => { ran = timers.runImmediate(first); });
      if (ran) taskQueues.runTicksIfAny();
      return ran;
    },
    runMain(mode, entry, preload, inputType) {
      taskQueues.callReportingUncaught(() =>
        require('internal/main').run(Module, mode, entry, Array.from(preload), inputType));
      taskQueues.runTicksIfAny();
    },
    // column: where the error was created; throwColumn: the throw statement before it, if any. A rejection
    // has no throw site, so Node points at the error's creation.
    // fromJobs: thrown by a job GraalJS ran, where its module machinery rethrows a rejection require() has
    // already thrown to its caller (see taskQueues.catchRejectionsDuring).
    onUncaught(err, file, line, column, throwColumn, sourceLine, fromJobs) {
      const rethrown = taskQueues.isRethrownRejection(err);
      if (fromJobs && rethrown) return;
      const fromRejection = taskQueues.isRejectionBeingThrown(err);
      const origin = fromRejection ? 'unhandledRejection' : 'uncaughtException';
      // The site of a throw that require() passed on is not where Node points either: it shows the creation.
      fatal().onUncaughtException(err, origin,
        location(file, line, fromRejection || rethrown ? column : throwColumn, sourceLine));
    },
    emitBeforeExit() {
      if (!process._exiting) process.emit('beforeExit', process.exitCode || 0);
      taskQueues.runTicksIfAny();
    },
    emitExit() {
      if (!process._exiting) {
        process._exiting = true;
        // A throwing 'exit' listener is an uncaught exception like any other (printed, exit code 1).
        taskQueues.callReportingUncaught(() => process.emit('exit', process.exitCode || 0));
      }
      return process.exitCode | 0;
    },
  };
});

'use strict';
// node:zlib's deflate family: Transform streams and one-shot forms over internalBinding('zlib') (the JDK's
// Deflater/Inflater; gzip framing in Java). One-shot async forms run on the WorkPool. Brotli and Zstd are
// not built yet and say so.

const { Transform } = require('stream');
const { finished } = require('internal/streams/finished');
const { Buffer, kMaxLength } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/util/types');
const { codes: {
  ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_BUFFER_TOO_LARGE, ERR_JNODE_UNSUPPORTED,
} } = require('internal/errors');
const { validateFunction, validateUint32 } = require('internal/validators');
const { unsupportedFunctions } = require('internal/unsupported');
const constants = require('internal/zlib/constants');

const binding = internalBinding('zlib');
const {
  Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH, Z_MIN_CHUNK, Z_DEFAULT_CHUNK, Z_DEFAULT_COMPRESSION,
  Z_MIN_LEVEL, Z_MAX_LEVEL, Z_MIN_WINDOWBITS, Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS, Z_MIN_MEMLEVEL,
  Z_MAX_MEMLEVEL, Z_DEFAULT_MEMLEVEL, Z_DEFAULT_STRATEGY, Z_FIXED,
  DEFLATE, INFLATE, GZIP, GUNZIP, DEFLATERAW, INFLATERAW, UNZIP,
} = constants;

// zlib.codes: the return codes by name, and the names by code.
const codes = {};
const codeNames = ['Z_OK', 'Z_STREAM_END', 'Z_NEED_DICT', 'Z_ERRNO', 'Z_STREAM_ERROR', 'Z_DATA_ERROR', 'Z_MEM_ERROR',
  'Z_BUF_ERROR', 'Z_VERSION_ERROR'];
for (const name of codeNames) codes[name] = constants[name];
for (const name of codeNames) codes[constants[name]] = name;

const kFlushFlag = Symbol('kFlushFlag');
const kTooLarge = 1000; // the binding's errno for output past maxOutputLength

// False when the option is absent; throws when it is present but not a finite number.
function isFiniteNumberOption(value, name) {
  if (value === undefined) return false;
  if (Number.isFinite(value)) return true;
  if (Number.isNaN(value)) return false;
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  throw new ERR_OUT_OF_RANGE(name, 'a finite number', value);
}

function numberInRangeOrDefault(value, name, lower, upper, fallback) {
  if (!isFiniteNumberOption(value, name)) return fallback;
  if (value < lower || value > upper) throw new ERR_OUT_OF_RANGE(name, `>= ${lower} and <= ${upper}`, value);
  return value;
}

function zlibError(errno, message) {
  if (errno === kTooLarge) return new ERR_BUFFER_TOO_LARGE(message.match(/\d+/)[0]);
  const err = new Error(message);
  err.errno = errno;
  err.code = codes[errno];
  return err;
}

function toBuffer(raw) {
  return new FastBuffer(new ArrayBuffer(raw));
}

// Mode-specific options as Node validates them; returns what the binding needs.
function engineSettings(mode, opts) {
  const inflating = mode === INFLATE || mode === GUNZIP || mode === UNZIP || mode === INFLATERAW;
  // 0 lets an inflater with zlib or gzip framing take the window size from the data's header.
  const windowBits = inflating && mode !== INFLATERAW && opts?.windowBits === 0 ? 0
    : numberInRangeOrDefault(opts?.windowBits, 'options.windowBits', Z_MIN_WINDOWBITS, Z_MAX_WINDOWBITS,
      Z_DEFAULT_WINDOWBITS);
  const level = numberInRangeOrDefault(opts?.level, 'options.level', Z_MIN_LEVEL, Z_MAX_LEVEL, Z_DEFAULT_COMPRESSION);
  numberInRangeOrDefault(opts?.memLevel, 'options.memLevel', Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL, Z_DEFAULT_MEMLEVEL);
  const strategy = numberInRangeOrDefault(opts?.strategy, 'options.strategy', Z_DEFAULT_STRATEGY, Z_FIXED,
    Z_DEFAULT_STRATEGY);
  // The JDK's deflater always uses a 32K window; a smaller one would change what the data needs to inflate.
  if (!inflating && windowBits !== Z_MAX_WINDOWBITS) {
    throw new ERR_JNODE_UNSUPPORTED(`zlib windowBits ${windowBits} for compression`);
  }
  let dictionary = opts?.dictionary;
  if (dictionary !== undefined && !isArrayBufferView(dictionary)) {
    if (!isAnyArrayBuffer(dictionary)) {
      throw new ERR_INVALID_ARG_TYPE('options.dictionary', ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'],
        dictionary);
    }
    dictionary = new Uint8Array(dictionary);
  }
  return { level, strategy, windowBits, dictionary };
}

function createHandle(mode, { level, strategy, windowBits, dictionary }) {
  return dictionary === undefined
    ? binding.create(mode, level, strategy, windowBits, null, 0, 0)
    : binding.create(mode, level, strategy, windowBits, dictionary.buffer, dictionary.byteOffset,
      dictionary.byteLength);
}

// The stream options every mode shares, validated as Node does; defaults for what is absent.
function streamOptions(opts) {
  const chosen = { chunkSize: Z_DEFAULT_CHUNK, flush: Z_NO_FLUSH, finishFlush: Z_FINISH, maxOutputLength: kMaxLength };
  if (!opts) return chosen;
  if (isFiniteNumberOption(opts.chunkSize, 'options.chunkSize')) {
    if (opts.chunkSize < Z_MIN_CHUNK) throw new ERR_OUT_OF_RANGE('options.chunkSize', `>= ${Z_MIN_CHUNK}`, opts.chunkSize);
    chosen.chunkSize = opts.chunkSize;
  }
  for (const key of ['flush', 'finishFlush']) {
    chosen[key] = numberInRangeOrDefault(opts[key], `options.${key}`, Z_NO_FLUSH, Z_BLOCK, chosen[key]);
  }
  chosen.maxOutputLength = numberInRangeOrDefault(opts.maxOutputLength, 'options.maxOutputLength', 1, kMaxLength,
    kMaxLength);
  return chosen;
}

// Function constructors, as Node's are, so that a subclass in the ES5 style (DeflateRaw.call(this)) works.
function ZlibBase(opts, mode) {
  const { chunkSize, flush, finishFlush, maxOutputLength } = streamOptions(opts);
  if (opts && (opts.encoding || opts.objectMode || opts.writableObjectMode)) {
    opts = { ...opts, encoding: null, objectMode: false, writableObjectMode: false };
  }
  const settings = engineSettings(mode, opts);
  Transform.call(this, { autoDestroy: true, ...opts });
  this._handle = createHandle(mode, settings);
  this._level = settings.level;
  this._strategy = settings.strategy;
  this._chunkSize = chunkSize;
  this._defaultFlushFlag = flush;
  this._finishFlushFlag = finishFlush;
  this._defaultFullFlushFlag = Z_FULL_FLUSH;
  this._maxOutputLength = maxOutputLength;
  this.bytesWritten = 0;
  this._processing = false;
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '_closed', {
  configurable: true,
  get() {
    return this._handle === null;
  },
});

// Runs one chunk through the codec on the WorkPool, as Node runs it on its thread pool, and pushes the
// output in chunkSize pieces. The Transform sends one chunk at a time, so the codec is never shared.
ZlibBase.prototype._process = function _process(chunk, flushFlag, callback) {
  const handle = this._handle;
  if (handle === null) return callback();
  this._processing = true;
  handle.processAsync(chunk.buffer, chunk.byteOffset, chunk.byteLength, flushFlag, kMaxLength,
    (errno, message, output) => {
      this._processing = false;
      if (this._handle !== handle) {
        handle.close(); // destroyed while the pool was working
        return;
      }
      if (errno !== 0) {
        this._closeHandle();
        return callback(zlibError(errno, message));
      }
      this.bytesWritten += chunk.byteLength;
      const bytes = toBuffer(output);
      for (let at = 0; at < bytes.length; at += this._chunkSize) {
        this.push(bytes.subarray(at, Math.min(at + this._chunkSize, bytes.length)));
      }
      callback();
    });
};

ZlibBase.prototype._closeHandle = function _closeHandle() {
  if (this._handle !== null && !this._processing) this._handle.close();
  this._handle = null;
};

// Flush kinds from weakest to strongest, to pick the stronger of two.
const flushStrength = [Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH];
const strongerFlush = (a, b) => (flushStrength.indexOf(a) > flushStrength.indexOf(b) ? a : b);

ZlibBase.prototype._transform = function _transform(chunk, encoding, callback) {
  let flushFlag = chunk[kFlushFlag] ?? this._defaultFlushFlag;
  // The last chunk before end() already finishes the stream, as in Node: what it produces ends complete.
  if (this.writableEnded && this.writableLength === chunk.byteLength) {
    flushFlag = strongerFlush(flushFlag, this._finishFlushFlag);
  }
  this._process(chunk, flushFlag, callback);
};

ZlibBase.prototype._flush = function _flush(callback) {
  this._process(Buffer.alloc(0), this._finishFlushFlag, callback);
};

ZlibBase.prototype._destroy = function _destroy(err, callback) {
  this._closeHandle();
  callback(err);
};

// flush([kind][, callback]): an empty chunk tagged with the flush kind goes through the queue like any other,
// so everything written before it comes out first. After end(), there is nothing left to flush.
ZlibBase.prototype.flush = function flush(kind, callback) {
  if (kind === undefined || typeof kind === 'function') [kind, callback] = [this._defaultFullFlushFlag, kind];
  if (!this.writableEnded) {
    const marker = Buffer.alloc(0);
    marker[kFlushFlag] = kind;
    this.write(marker, '', callback);
    return;
  }
  if (!callback) return;
  if (this.writableFinished) process.nextTick(callback);
  else this.once('end', callback);
};

ZlibBase.prototype.reset = function reset() {
  this._handle.reset();
};

// The callback runs when the stream is done, even if it was closed before (finished() reports that).
ZlibBase.prototype.close = function close(callback) {
  if (callback) finished(this, callback);
  this.destroy();
};

function Zlib(opts, mode) {
  ZlibBase.call(this, opts, mode);
}
Object.setPrototypeOf(Zlib.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Zlib, ZlibBase);

Zlib.prototype.params = function params(level, strategy, callback) {
  numberInRangeOrDefault(level, 'level', Z_MIN_LEVEL, Z_MAX_LEVEL, undefined);
  numberInRangeOrDefault(strategy, 'strategy', Z_DEFAULT_STRATEGY, Z_FIXED, undefined);
  if (this._level === level && this._strategy === strategy) {
    if (callback) process.nextTick(callback);
    return;
  }
  this.flush(Z_SYNC_FLUSH, () => {
    if (this._handle !== null) {
      this._handle.params(level, strategy);
      this._level = level;
      this._strategy = strategy;
    }
    if (callback) callback();
  });
};

let warnedCallWithoutNew = false;

// Each class callable without new, as Node's still are (deprecated, warned once per process).
function defineClass(name, mode) {
  const cls = {
    [name]: function(opts) {
      if (!(this instanceof cls)) {
        if (!warnedCallWithoutNew) {
          warnedCallWithoutNew = true;
          process.emitWarning(`Instantiating ${name} without the 'new' keyword has been deprecated.`,
            'DeprecationWarning', 'DEP0184');
        }
        return new cls(opts);
      }
      Zlib.call(this, opts, mode);
    },
  }[name];
  Object.setPrototypeOf(cls.prototype, Zlib.prototype);
  Object.setPrototypeOf(cls, Zlib);
  return cls;
}

const classes = {
  Deflate: defineClass('Deflate', DEFLATE),
  Inflate: defineClass('Inflate', INFLATE),
  Gzip: defineClass('Gzip', GZIP),
  Gunzip: defineClass('Gunzip', GUNZIP),
  DeflateRaw: defineClass('DeflateRaw', DEFLATERAW),
  InflateRaw: defineClass('InflateRaw', INFLATERAW),
  Unzip: defineClass('Unzip', UNZIP),
};

function inputBuffer(buffer) {
  if (typeof buffer === 'string') return Buffer.from(buffer);
  if (isArrayBufferView(buffer)) return buffer;
  if (isAnyArrayBuffer(buffer)) return Buffer.from(buffer);
  throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], buffer);
}

function result(buffer, info, engine) {
  return info ? { buffer, engine } : buffer;
}

// The one-shot forms run the whole input through a stream's codec at once (the stream is the `info` engine).
function defineOneShot(name, Engine) {
  const syncName = `${name}Sync`;
  return {
    [name](buffer, opts, callback) {
      if (typeof opts === 'function') {
        callback = opts;
        opts = {};
      }
      validateFunction(callback, 'callback');
      const input = inputBuffer(buffer);
      const engine = new Engine(opts);
      engine._handle.processAsync(input.buffer, input.byteOffset, input.byteLength, engine._finishFlushFlag,
        engine._maxOutputLength, (errno, message, output) => {
          engine._closeHandle();
          if (errno !== 0) return callback(zlibError(errno, message));
          engine.bytesWritten = input.byteLength;
          callback(null, result(toBuffer(output), opts?.info, engine));
        });
    },
    [syncName](buffer, opts) {
      const input = inputBuffer(buffer);
      const engine = new Engine(opts);
      const handle = engine._handle;
      const output = handle.process(input.buffer, input.byteOffset, input.byteLength, engine._finishFlushFlag,
        engine._maxOutputLength);
      engine._closeHandle();
      if (output === null) throw zlibError(handle.errno(), handle.message());
      engine.bytesWritten = input.byteLength;
      return result(toBuffer(output), opts?.info, engine);
    },
  };
}

function crc32(data, value = 0) {
  if (typeof data === 'string') data = Buffer.from(data);
  else if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView', 'string'], data);
  }
  validateUint32(value, 'value');
  return binding.crc32(data.buffer, data.byteOffset, data.byteLength, value);
}

module.exports = {
  crc32,
  ...classes,
  ...unsupportedFunctions('zlib', ['BrotliCompress', 'BrotliDecompress', 'ZstdCompress', 'ZstdDecompress']),
  ...defineOneShot('deflate', classes.Deflate),
  ...defineOneShot('gzip', classes.Gzip),
  ...defineOneShot('deflateRaw', classes.DeflateRaw),
  ...defineOneShot('unzip', classes.Unzip),
  ...defineOneShot('inflate', classes.Inflate),
  ...defineOneShot('gunzip', classes.Gunzip),
  ...defineOneShot('inflateRaw', classes.InflateRaw),
  ...unsupportedFunctions('zlib', ['brotliCompress', 'brotliCompressSync', 'brotliDecompress',
    'brotliDecompressSync', 'zstdCompress', 'zstdCompressSync', 'zstdDecompress', 'zstdDecompressSync']),
};
for (const name of Object.keys(classes)) {
  module.exports[`create${name}`] = (opts) => new classes[name](opts);
}
module.exports.createBrotliCompress = module.exports.BrotliCompress;
module.exports.createBrotliDecompress = module.exports.BrotliDecompress;
module.exports.createZstdCompress = module.exports.ZstdCompress;
module.exports.createZstdDecompress = module.exports.ZstdDecompress;
module.exports.constants = constants;
module.exports.codes = Object.freeze(codes);
// The legacy top-level constants (zlib.Z_NO_FLUSH, ...): non-enumerable, as in Node.
for (const name of Object.keys(constants)) {
  if (name.startsWith('BROTLI')) continue;
  Object.defineProperty(module.exports, name, { enumerable: false, value: constants[name], writable: false });
}

// Builtins whose module.exports is a function or class: default is it, statics are named exports.
import assert, { strictEqual, AssertionError } from 'node:assert';
import EventEmitter, { once, EventEmitter as Named } from 'node:events';
import Stream, { Readable } from 'node:stream';
console.log(typeof assert, strictEqual === assert.strictEqual, AssertionError === assert.AssertionError);
console.log(EventEmitter === Named, typeof once, Readable === Stream.Readable);

// String keys with escapes: what the lexer decodes and what it skips.
import * as ns from './fixtures/unicode-escape.cjs';
console.log(Object.keys(ns));

'use strict';
const util = require('util');
function attempt(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
}
const { parseArgs } = util;
attempt('type', () => parseArgs({ options: { a: { type: 'x' } } }));
attempt('short', () => parseArgs({ options: { a: { type: 'string', short: 'ab' } } }));
attempt('default', () => parseArgs({ options: { a: { type: 'string', default: 1 } } }));
attempt('default multiple', () => parseArgs({ options: { a: { type: 'string', multiple: true, default: [1] } } }));
attempt('default boolean multiple', () => parseArgs({ options: { a: { type: 'boolean', multiple: true, default: ['x'] } } }));
attempt('option not object', () => parseArgs({ options: { a: 5 } }));
attempt('args', () => parseArgs({ args: 'x' }));
attempt('strict', () => parseArgs({ strict: 'yes' }));

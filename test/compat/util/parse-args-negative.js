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
attempt('negated', () => parseArgs({ args: ['--no-color'], options: { color: { type: 'boolean' } }, allowNegative: true }).values);
attempt('string', () => parseArgs({ args: ['--no-name'], options: { name: { type: 'string' } }, allowNegative: true }));
attempt('unknown', () => parseArgs({ args: ['--no-x'], options: {}, allowNegative: true }));
attempt('non strict', () => parseArgs({ args: ['--no-x'], options: {}, allowNegative: true, strict: false }).values);
attempt('last wins', () => parseArgs({ args: ['--no-color', '--color'], options: { color: { type: 'boolean' } }, allowNegative: true, tokens: true }));

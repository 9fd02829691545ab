'use strict';
// Every short combination of a small alphabet of argument shapes, parsed under each mode; prints
// the tokens, values and positionals, or the error code and message.
const { parseArgs, inspect } = require('util');

const pieces = ['-a', '-s', '-as', '-sa', '-abs', '-sv', '--long', '--str', '--str=v', '--=x', '--no-long',
  '--no-str', '--no-x', '-', '--', 'pos', '-x', '---y', '--str=-v', '-s-v', '--__proto__', '-p',
  '--no-long=x', '--no-x=y', '--no-str=v'];
const options = {
  long: { type: 'boolean', short: 'a' },
  b: { type: 'boolean', multiple: true },
  str: { type: 'string', short: 's', default: 'd' },
  many: { type: 'string', short: 'p', multiple: true, default: ['m'] },
};
const modes = [
  { strict: true, allowPositionals: true },
  { strict: false },
  { strict: true, allowNegative: true, allowPositionals: true },
  { strict: false, allowNegative: true },
];

function show(args, mode) {
  try {
    const { values, positionals, tokens } = parseArgs({ args, options, tokens: true, ...mode });
    return inspect({ values, positionals, tokens }, { breakLength: Infinity, depth: 4 });
  } catch (e) {
    return `${e.code}: ${e.message}`;
  }
}

for (const first of pieces) {
  for (const second of ['pos', '-s', '--str', '-a', '--']) {
    for (const [m, mode] of modes.entries()) console.log(`${first} ${second} [${m}]`, show([first, second], mode));
  }
  for (const [m, mode] of modes.entries()) console.log(`${first} [${m}]`, show([first], mode));
}

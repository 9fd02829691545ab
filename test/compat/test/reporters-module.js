'use strict';
// node:test/reporters over a hand-made event stream: tap and dot as async generators, spec as a Transform.
const { Readable } = require('stream');
const { tap, dot, spec } = require('node:test/reporters');

// spec prints paths relative to the working directory: make it the same wherever the suite is checked out.
process.chdir('/');

const location = { file: '/project/x.test.js', line: 3, column: 1 };
const failure = Object.assign(new Error('boom'), { code: 'ERR_TEST_FAILURE', failureType: 'testCodeFailure' });
failure.cause = 'plain reason';
failure.stack = 'Error: boom\n    at check (/project/x.test.js:3:5)\n    at run (/project/x.test.js:9:1)';
const events = [
  { type: 'test:start', data: { name: 'first', nesting: 0, ...location } },
  { type: 'test:pass', data: { name: 'first', nesting: 0, testNumber: 1, details: { duration_ms: 1.5, type: 'test' },
    ...location } },
  { type: 'test:start', data: { name: 'second # hash', nesting: 0, ...location } },
  { type: 'test:fail', data: { name: 'second # hash', nesting: 0, testNumber: 2,
    details: { duration_ms: 2, type: 'test', error: failure }, ...location } },
  { type: 'test:start', data: { name: 'third', nesting: 0, ...location } },
  { type: 'test:pass', data: { name: 'third', nesting: 0, testNumber: 3, skip: 'later',
    details: { duration_ms: 0.25, type: 'test' }, ...location } },
  { type: 'test:plan', data: { nesting: 0, count: 3 } },
  { type: 'test:diagnostic', data: { nesting: 0, message: 'tests 3' } },
];

async function main() {
  let text = '';
  for await (const chunk of tap(Readable.from(events))) text += chunk;
  console.log(text);
  text = '';
  for await (const chunk of dot(Readable.from(events))) text += chunk;
  console.log(JSON.stringify(text));
  text = '';
  for await (const chunk of Readable.from(events).pipe(new spec())) text += chunk;
  console.log(text);
}
main();

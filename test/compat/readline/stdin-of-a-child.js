// readline over a real pipe: a runtime child reads its process.stdin with an interface whose output is its
// stdout (not terminals, so terminal is false), answers a question, then numbers the lines the parent sends in
// pieces (a line split over writes, \r\n, an empty line, a last line without a newline) and closes at the end of
// input, setting its exit code from the count. The parent writes each piece after the child's previous reply.
const { spawn } = require('node:child_process');
const path = require('node:path');

const child = spawn(process.execPath, [path.join(__dirname, 'fixtures', 'stdin-dialogue.js')]);
child.stdout.setEncoding('utf8');
let out = '';
const pieces = ['Ada\n', 'first li', 'ne\r\nsecond\n\n', 'last without newline'];
child.stdout.on('data', (d) => {
  out += d;
  if (out.endsWith('name? ') && pieces.length === 4) child.stdin.write(pieces.shift());
  else if (out.endsWith('hello Ada\n')) {
    child.stdin.write(pieces.shift());
    child.stdin.write(pieces.shift());
  } else if (out.endsWith('3 ""\n')) {
    child.stdin.end(pieces.shift());
  }
});
child.on('close', (code, signal) => {
  console.log(out);
  console.log('exit', code, signal);
});

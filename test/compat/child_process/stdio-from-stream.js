// child_process: a stream as a stdio entry (one child's stdout as another's stdin, a shell pipeline), and extra
// pipes (fd 3 and up) that go both ways.
const { spawn } = require('node:child_process');

const producer = spawn('sh', ['-c', 'printf "b\\nc\\na\\n"']);
const sorter = spawn('sort', { stdio: [producer.stdout, 'pipe', 'inherit'] });
let sorted = '';
sorter.stdout.setEncoding('utf8');
sorter.stdout.on('data', (chunk) => (sorted += chunk));
sorter.on('close', (code) => {
  console.log('sorted', JSON.stringify(sorted), code);
  extraPipe();
});

function extraPipe() {
  // The child reads a line from fd 3 and answers on the same descriptor.
  const child = spawn('sh', ['-c', 'read line <&3; echo "got $line" >&3'], { stdio: ['ignore', 'inherit', 'inherit', 'pipe'] });
  const channel = child.stdio[3];
  console.log('fd 3 readable/writable', channel.readable, channel.writable);
  channel.setEncoding('utf8');
  channel.on('data', (text) => console.log('answer', JSON.stringify(text)));
  channel.write('hello\n');
  child.on('close', (code) => console.log('close', code));
}

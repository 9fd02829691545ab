// Talking to a child line by line: readline over a child's stdout (for await, CRLF and a last line without a
// newline), 2000 lines through cat counted back, events.once for 'spawn' and 'close'; and writing to a child that
// closed its stdin: child.stdin emits an EPIPE error (code, syscall) and the child itself is unharmed.
const { spawn } = require('node:child_process');
const readline = require('node:readline');
const { once } = require('node:events');

(async () => {
  const printer = spawn('sh', ['-c', 'printf "alpha\\nbeta\\r\\n\\ngamma"']);
  const spawned = await once(printer, 'spawn');
  const lines = [];
  for await (const line of readline.createInterface({ input: printer.stdout, crlfDelay: Infinity })) lines.push(line);
  console.log('spawn args', spawned, JSON.stringify(lines), await once(printer, 'close'));

  const cat = spawn('cat');
  const rl = readline.createInterface({ input: cat.stdout });
  let count = 0;
  let last = '';
  rl.on('line', (line) => { count++; last = line; });
  for (let i = 1; i <= 2000; i++) cat.stdin.write(`line ${i}\n`);
  cat.stdin.end('no newline at the end');
  const [code] = await once(cat, 'close');
  console.log('cat lines', count, JSON.stringify(last), code);

  const closer = spawn('sh', ['-c', 'exec 0<&-; echo closed; exec sleep 5']);
  closer.stdout.setEncoding('utf8');
  const [said] = await once(closer.stdout, 'data');
  console.log('child says', JSON.stringify(said));
  closer.stdin.write('nobody reads this\n');
  const [err] = await once(closer.stdin, 'error');
  console.log('stdin error', err.code, err.syscall, err.errno, err.message);
  console.log('child still running', closer.exitCode, closer.signalCode, closer.kill());
  console.log('closed by', await once(closer, 'close'));
})();

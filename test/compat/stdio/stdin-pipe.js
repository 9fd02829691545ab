// A child reads its piped stdin: in flowing mode with an encoding, paused with read(), and to the end with
// async iteration; the parent writes in pieces and ends.
const { spawn } = require('child_process');

const programs = {
  flowing: `process.stdin.setEncoding('utf8');
    let text = ''; process.stdin.on('data', (d) => { text += d; });
    process.stdin.on('end', () => console.log('flowing got', JSON.stringify(text), typeof text));`,
  paused: `let text = '';
    process.stdin.on('readable', () => { let c; while ((c = process.stdin.read()) !== null) text += c; });
    process.stdin.on('end', () => console.log('paused got', JSON.stringify(text)));`,
  iterate: `(async () => { const parts = []; for await (const c of process.stdin) parts.push(c);
    console.log('iterate got', JSON.stringify(Buffer.concat(parts).toString()), parts.every(Buffer.isBuffer)); })();`,
  untouched: `console.log('never reads stdin');`,
};

const names = Object.keys(programs);
function next() {
  const name = names.shift();
  if (!name) return;
  const child = spawn(process.execPath, ['-e', programs[name]], { stdio: ['pipe', 'inherit', 'inherit'] });
  child.stdin.write('héllo ');
  setTimeout(() => {
    child.stdin.write(Buffer.from('wörld\n'));
    child.stdin.end('bye');
  }, 20);
  child.on('close', (code) => {
    console.log(name, 'exit', code);
    next();
  });
}
next();

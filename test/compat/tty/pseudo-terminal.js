// A runtime child on a pseudo-terminal (made by util-linux `script`, sized with stty first, 0x0 included): stdio are
// tty streams with the terminal's size, raw mode switches on and off, colour depth follows TERM, the cursor helpers write their
// escape sequences, and resizing the terminal emits 'resize' with the new size.
const { spawnSync } = require('node:child_process');

const programs = {
  streams: `
    const tty = require('node:tty');
    const out = process.stdout;
    console.log(JSON.stringify({
      isatty: [0, 1, 2].map((fd) => tty.isatty(fd)),
      classes: [process.stdin, process.stdout, process.stderr].map((s) => s.constructor.name),
      isTTY: [process.stdin.isTTY, out.isTTY, process.stderr.isTTY],
      size: [out.columns, out.rows], windowSize: out.getWindowSize(),
      depth: out.getColorDepth(), colors256: out.hasColors(256), colors16m: out.hasColors(2 ** 24),
    }));
    console.log('raw before', process.stdin.isRaw);
    console.log('setRawMode returns the stream', process.stdin.setRawMode(true) === process.stdin, process.stdin.isRaw);
    process.stdin.setRawMode(false);
    console.log('raw after', process.stdin.isRaw);
    process.stdin.destroy();`,
  cursor: `
    const readline = require('node:readline');
    const out = process.stdout;
    out.write('[');
    readline.cursorTo(out, 4);
    readline.cursorTo(out, 2, 3);
    readline.moveCursor(out, -1, 2);
    readline.clearLine(out, 0);
    readline.clearLine(out, -1);
    readline.clearScreenDown(out);
    out.cursorTo(1);
    out.moveCursor(1, 0);
    out.clearLine(1);
    out.write(']\\n');`,
  // a terminal of no size still reports numbers
  zeroSize: `
    console.log('size', process.stdout.columns, process.stdout.rows, process.stdout.getWindowSize());`,
  resize: `
    const { spawnSync } = require('node:child_process');
    const timer = setTimeout(() => console.log('no resize'), 5000);
    process.stdout.once('resize', () => {
      clearTimeout(timer);
      console.log('resize to', process.stdout.columns, process.stdout.rows, process.stdout.getWindowSize());
    });
    console.log('size before', process.stdout.columns, process.stdout.rows);
    spawnSync('stty', ['cols', '120', 'rows', '40'], { stdio: 'inherit' });`,
};

for (const [name, program] of Object.entries(programs)) {
  const size = name === 'zeroSize' ? 'cols 0 rows 0' : 'cols 100 rows 30';
  const command = `stty ${size}; exec "${process.execPath}" -e '${program.replaceAll("'", "'\\''")}'`;
  const result = spawnSync('script', ['-qec', command, '/dev/null'], {
    stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', env: { PATH: process.env.PATH, TERM: 'xterm-256color' },
  });
  console.log(`== ${name}: status ${result.status} signal ${result.signal}`);
  for (const line of result.stdout.split('\r\n')) if (line) console.log(JSON.stringify(line));
  if (result.stderr) console.log('stderr', JSON.stringify(result.stderr));
}

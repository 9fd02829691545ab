// Dot commands on a real terminal (a tmux pane, see fixtures/tmux-session.js): .help, .save to a file, an unknown
// command, .clear (the global context of the standalone REPL keeps its variables), .load typing the saved lines in.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { runSession } = require('./fixtures/tmux-session.js');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'repl-dot-'));
const file = path.join(dir, 'saved.js');
try {
  const screen = runSession([
    ['.help', 'Enter'],
    ['var kept = 20', 'Enter'], ['kept + 1', 'Enter'], [`.save ${file}`, 'Enter'],
    ['.nothing', 'Enter'], ['.clear', 'Enter'], ['typeof kept', 'Enter'],
    [`.load ${file}`, 'Enter'], ['kept * 2', 'Enter'],
    ['.exit', 'Enter'],
  ]);
  console.log(screen.replaceAll(dir, '<dir>'));
  console.log('--- saved:', JSON.stringify(fs.readFileSync(file, 'utf8')));
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

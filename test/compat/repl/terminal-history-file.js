// The REPL's history file across two sessions on a real terminal (a tmux pane, see fixtures/tmux-session.js):
// NODE_REPL_HISTORY names the file, the second session recalls the first one's lines with Up (newest first,
// duplicates of the line before not kept twice), and the file holds the lines newest first.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { runSession } = require('./fixtures/tmux-session.js');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'repl-history-'));
const file = path.join(dir, 'history');
const env = { NODE_REPL_HISTORY: file };
try {
  console.log(runSession([['const first = 1', 'Enter'], ['first + 1', 'Enter'], ['first + 1', 'Enter'],
    ['"third"', 'Enter'], ['C-d']], { env }));
  console.log('--- file:', JSON.stringify(fs.readFileSync(file, 'utf8')));
  console.log(runSession([['Up', 'Enter'], ['Up', 'Up', 'Up', 'Enter'], ['C-d']], { env }));
  console.log('--- file:', JSON.stringify(fs.readFileSync(file, 'utf8')));
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

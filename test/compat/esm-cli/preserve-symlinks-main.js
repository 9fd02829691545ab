// --preserve-symlinks-main (on the command line or in NODE_OPTIONS) runs an entry point reached through a symlink
// under the link's path, for ES modules and CommonJS alike; without it the target's path is used.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-symlink-main-'));
try {
  for (const ext of ['mjs', 'cjs']) {
    const link = path.join(dir, `link.${ext}`);
    fs.symlinkSync(path.join(__dirname, 'fixtures', `where.${ext}`), link);
    for (const [args, env] of [[[], {}], [['--preserve-symlinks-main'], {}], [[], { NODE_OPTIONS: '--preserve-symlinks-main' }]]) {
      const out = execFileSync(process.execPath, [...args, link], { env: { ...process.env, ...env }, encoding: 'utf8' });
      console.log(ext, JSON.stringify(args), JSON.stringify(env), '->', out.trim());
    }
  }
} finally {
  fs.rmSync(dir, { recursive: true });
}

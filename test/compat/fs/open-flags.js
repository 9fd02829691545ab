'use strict';
// Which flag strings fs accepts (each letter with its own modifiers) and which it rejects.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-flags-'));
const spellings = ['r', 'rs', 'sr', 'r+', 'rs+', 'sr+', 'w', 'wx', 'xw', 'w+', 'wx+', 'xw+', 'a', 'ax', 'xa', 'as',
  'sa', 'a+', 'ax+', 'xa+', 'as+', 'sa+', 'rx', 'ws', 'x', 'R', 'w++', '+w', 'rw', ''];
spellings.forEach((flags, index) => {
  const file = path.join(dir, `f${index}`);
  fs.writeFileSync(file, 'abc');
  try {
    const fd = fs.openSync(file, flags);
    fs.closeSync(fd);
    console.log(JSON.stringify(flags), 'opened, now', JSON.stringify(fs.readFileSync(file, 'utf8')));
  } catch (e) {
    console.log(JSON.stringify(flags), e.code, e.code === 'EEXIST' ? e.syscall : e.message);
  }
});
const stats = fs.statSync(dir);
console.log(stats.isDirectory(), stats.isFile(), stats.isSocket(), stats.mtime.getTime() === Math.round(stats.mtimeMs));
const entry = fs.readdirSync(dir, { withFileTypes: true }).find((dirent) => dirent.name === 'f0');
console.log(entry.isFile(), entry.isSymbolicLink(), entry.isFile.name, entry.name);
try { new entry.isFile(); } catch (e) { console.log(e.name); }
fs.rmSync(dir, { recursive: true });

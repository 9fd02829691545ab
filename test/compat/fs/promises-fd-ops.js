'use strict';
// fs/promises' path forms of the functions added with FileHandle: chown, lchown, lutimes, utimes, statfs,
// readdir recursive, mkdtemp, and FileHandle.utimes/chown/stat.
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');

(async () => {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'jnode-pfo-'));
  const file = path.join(dir, 'f');
  await fsp.writeFile(file, 'data');
  const { uid, gid } = await fsp.stat(file);
  console.log(await fsp.chown(file, uid, gid), await fsp.lchown(file, -1, -1));
  await fsp.utimes(file, 100, 200);
  console.log((await fsp.stat(file)).mtimeMs);
  const fh = await fsp.open(file, 'r+');
  await fh.utimes(new Date(300000), new Date(400000));
  console.log((await fh.stat()).mtimeMs, await fh.chown(uid, gid));
  await fh.close();
  const s = await fsp.statfs(dir, { bigint: true });
  console.log(typeof s.bsize, s.constructor.name);
  await fsp.mkdir(path.join(dir, 'x/y'), { recursive: true });
  console.log(await fsp.readdir(dir, { recursive: true }));
  await fsp.lutimes(file, 1, 2).then((v) => console.log('lutimes', v));
  await fsp.chown(path.join(dir, 'nope'), uid, gid).catch((e) => console.log(e.code, e.syscall, path.basename(e.path)));
  await fs.promises.rm(dir, { recursive: true });
})();

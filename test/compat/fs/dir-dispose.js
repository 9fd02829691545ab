'use strict';
// fs.Dir disposal (Symbol.dispose, Symbol.asyncDispose), concurrent reads, and entries() closing the handle.
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-dird-'));
for (const f of ['a', 'b', 'c']) fs.writeFileSync(path.join(dir, f), '');
(async () => {
  const d = fs.opendirSync(dir);
  d[Symbol.dispose]();
  d[Symbol.dispose]();
  try {
    d.readSync();
  } catch (e) {
    console.log('after dispose', e.code);
  }
  const d2 = await fs.promises.opendir(dir);
  await d2[Symbol.asyncDispose]();
  await d2[Symbol.asyncDispose]();
  console.log('async disposed twice');
  const d3 = await fs.promises.opendir(dir);
  const names = [];
  for await (const e of d3) {
    names.push(e.name);
    break;
  }
  console.log(names.length, await d3.close().catch((e) => e.code));
  const d4 = fs.opendirSync(dir);
  const all = [];
  for await (const e of d4.entries()) all.push(e.name);
  console.log(all.sort(), await d4.read().catch((e) => e.code));
  fs.rmSync(dir, { recursive: true });
})();

'use strict';
// fs.watch recursive (names relative to the watched directory, new subdirectories watched too) and
// fs/promises' watch: { eventType, filename } objects until the signal aborts.
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-watchr-'));
process.chdir(dir);
fs.mkdirSync('a/b', { recursive: true });
const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));

(async () => {
  const events = [];
  const w = fs.watch('.', { recursive: true }, (type, name) => events.push(`${type} ${name}`));
  await settle(100);
  fs.writeFileSync('a/b/deep.txt', '');
  fs.mkdirSync('a/new');
  await settle();
  fs.writeFileSync('a/new/x', '');
  await settle();
  w.close();
  console.log(events.sort());

  const ac = new AbortController();
  const seen = [];
  const iterating = (async () => {
    try {
      for await (const event of fs.promises.watch('a', { signal: ac.signal })) {
        seen.push(event);
        if (seen.length === 2) ac.abort();
      }
    } catch (e) {
      console.log('iterator ended', e.name, e.code);
    }
  })();
  await settle(100);
  fs.mkdirSync('a/one');
  fs.rmdirSync('a/one');
  await iterating;
  console.log(seen);
  const aborted = new AbortController();
  aborted.abort();
  try {
    for await (const e of fs.promises.watch('.', { signal: aborted.signal })) console.log(e);
  } catch (e) {
    console.log('pre-aborted', e.name);
  }
  try {
    for await (const e of fs.promises.watch('missing')) console.log(e);
  } catch (e) {
    console.log('missing', e.code, e.syscall);
  }
  process.chdir(os.tmpdir());
  fs.rmSync(dir, { recursive: true });
})();

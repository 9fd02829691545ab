// import.meta.resolve throws the resolution errors synchronously.
for (const s of ['no-such-pkg', 'meta-dep/nope', '#nope', 'test', 'node:nope', './fixtures/pat%2Fx.js']) {
  try { console.log(s, '->', import.meta.resolve(s)); } catch (err) { console.log(s, '!!', err.code, err.name); }
}

// An unref'd timer does not keep the process alive; ref() brings it back.
const t = setTimeout(() => console.log('unref timer ran'), 3000);
t.unref();
console.log('hasRef', t.hasRef());
const u = setTimeout(() => console.log('re-refed timer ran'), 10);
u.unref();
u.ref();
process.on('exit', () => console.log('exit'));

// import() never throws synchronously: bad specifiers reject the returned promise.
let p;
try { p = import('no-such-package-here'); console.log('returned', p instanceof Promise); } catch { console.log('threw'); }
await p.catch((err) => console.log('rejected', err.code));

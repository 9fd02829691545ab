const e = new Error('with props');
e.code = 'E_CODE';
e.extra = { a: 1 };
setTimeout(function rethrow() {
  throw e;
}, 1);

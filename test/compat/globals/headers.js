// The global Headers (Fetch standard, as Node's undici): normalisation, sorted and combined iteration,
// set-cookie, validation messages, live iteration, inspect.
const t = (l, f) => { try { console.log(l, JSON.stringify(f())); } catch (e) { console.log(l, e.name, e.code, e.message); } };
const h = new Headers({ 'B': ' 2 ', a: '1', 'set-cookie': 'x=1' });
h.append('set-cookie', 'y=2'); h.append('a', '3');
t('entries', () => [...h]);
t('get', () => [h.get('A'), h.get('nope'), h.get('set-cookie'), h.has('b')]);
t('getSetCookie', () => h.getSetCookie());
t('bad name', () => h.append('a b', 'x'));
t('bad value', () => h.append('a', 'x\ny'));
t('bad value nul', () => h.set('a', 'x\0y'));
t('bad init', () => new Headers([['a']]));
t('bad init2', () => new Headers(5));
t('bad get', () => h.get('a b'));
t('delete', () => { h.delete('A'); return [...h.keys()]; });
t('forEach', () => { const o = []; h.forEach((v, k, self) => o.push(k, v, self === h)); return o; });
t('string', () => String(h));
t('tag', () => Object.prototype.toString.call(h));
t('inspect', () => require('util').inspect(h));
t('from pairs', () => [...new Headers([['X', 'a'], ['x', 'b']])]);
t('from headers', () => [...new Headers(new Headers({ q: '1' }))]);
t('len', () => [Headers.length, Headers.name, typeof Headers.prototype.entries, Headers.prototype[Symbol.iterator] === Headers.prototype.entries]);
t('values', () => [...new Headers({ b: '1', a: '2' }).values()]);
t('iter modify', () => { const x = new Headers({ a: '1', b: '2' }); const out = []; for (const [k] of x) { out.push(k); if (k === 'a') x.set('c', '3'); } return out; });
t('value trim', () => new Headers({ a: '\t x \n' }).get('a'));
t('latin1', () => new Headers({ a: 'é' }).get('a'));
t('non-latin1', () => new Headers({ a: '✓' }));
t('keys proto', () => Object.prototype.toString.call(h.keys()));
t('record symbol', () => new Headers({ [Symbol('s')]: 1 }));

console.log('a', 1, true, null, undefined, { b: 2 }, [3], 'c');
console.log('%s is %d years', 'Bob', 42, 'extra');
console.log({ a: 1 }, '%s', 'x');
console.log();
console.log('');
console.log(Symbol('s'), 10n, -0);
console.log('multi\nline', { x: 'multi\nline' });

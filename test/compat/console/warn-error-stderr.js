console.warn('warn to stderr', 1);
console.error('error to stderr', { b: 2 });
console.log('stdout between');
console.error(new Map([[1, 2]]));

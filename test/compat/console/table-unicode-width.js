console.table([{ name: '日本語', emoji: '😀', plain: 'abc' }, { name: 'é', emoji: 'x' }]);
console.table([{ a: 'x'.repeat(20) }]);

// A byte order mark at the start of a JSON module is ignored.
const { default: value } = await import('./fixtures/bom.json', { with: { type: 'json' } });
console.log(value);

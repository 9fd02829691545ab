console.table({ alice: { age: 30, city: 'Paris' }, bob: { age: 25, zip: 1234 } });
console.table({ x: 1, y: 'str' });

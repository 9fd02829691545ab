console.log(setTimeout.length, setInterval.length, setImmediate.length, clearTimeout.length);
console.log(setTimeout.name, setInterval.name, setImmediate.name);

console.log(Object.keys(console).join(','));
console.log(typeof console.Console, console[Symbol.toStringTag]);
const { log } = console;
log('detached log works');
console.log(console.log.name, console.table.name, console.groupCollapsed.name);

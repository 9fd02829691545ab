// compat-argv: ["--pending-deprecation", "{case}"]
// module.parent warns (DEP0144, once) only under --pending-deprecation; reads and writes still work.
console.log(module.parent);
module.parent = 'set';
console.log(module.parent);

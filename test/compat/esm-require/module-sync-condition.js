// require() matches "module-sync" in "exports"; key order decides between it and "require".
console.log(require('cond-pkg').which, require('req-first').which);

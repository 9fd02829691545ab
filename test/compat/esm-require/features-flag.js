// process.features.require_module says require(esm) is available.
console.log(process.features.require_module);

console.log(typeof process.features, typeof process.config.variables, process.release.lts);
console.log(typeof process.argv0, typeof process.execPath);
console.log(process.emitWarning.name, process.exit.name, process.kill.length);

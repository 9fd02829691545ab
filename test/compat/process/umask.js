const old = process.umask(0o027);
console.log(process.umask().toString(8));
process.umask(old);
console.log(typeof process.getuid(), typeof process.getgid(), process.geteuid() === process.getuid());

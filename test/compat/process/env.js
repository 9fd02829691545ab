process.env.JNODE_TEST = 42;
console.log(process.env.JNODE_TEST, typeof process.env.JNODE_TEST);
process.env.JNODE_TEST2 = true;
console.log(process.env.JNODE_TEST2);
delete process.env.JNODE_TEST;
console.log(process.env.JNODE_TEST, 'JNODE_TEST' in process.env, 'JNODE_TEST2' in process.env);
process.env.UNDEF = undefined;
console.log(process.env.UNDEF, typeof process.env.UNDEF);

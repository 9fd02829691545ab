// compat-argv: ["-e", "import('node:path').then((p) => console.log(typeof p.join, typeof require))"]
// import() alone is not module syntax: -e code stays CommonJS.

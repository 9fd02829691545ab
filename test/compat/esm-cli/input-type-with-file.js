// compat-argv: ["--input-type=module", "fixtures/typeless-cjs.js"]
// --input-type applies only to -e and stdin; with a file it is an error.

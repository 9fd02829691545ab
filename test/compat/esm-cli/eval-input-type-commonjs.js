// compat-argv: ["--input-type=commonjs", "-e", "console.log(typeof require, typeof module, this === module.exports)"]
// --input-type=commonjs forces -e code to CommonJS.

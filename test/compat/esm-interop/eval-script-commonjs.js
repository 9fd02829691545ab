// compat-argv: ["--input-type=commonjs", "-e", "console.log(typeof require, typeof module)"]

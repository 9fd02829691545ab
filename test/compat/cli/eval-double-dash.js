// compat-argv: ["-e", "console.log(process.argv.slice(1))", "--", "--foo", "x"]

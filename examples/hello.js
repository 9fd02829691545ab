console.log("hello", 1+1)

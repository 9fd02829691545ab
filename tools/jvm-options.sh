# The JVM options every jnode run uses (sourced by bin/jnode and tools/build.sh, which trains the AOT
# cache with exactly these, as the cache requires). Needs $T (the target folder) set.
JNODE_JVM_OPTIONS=(
  -XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI
  --module-path "$T/compiler/compiler.jar" --add-modules=jdk.graal.compiler
  -Xlog:aot=off -Xlog:cds=off -XX:+UseSerialGC
  # C1 only for the JVM's own code (Truffle's interpreter, the Graal compiler). Measured on this 2-core machine
  # (docs/benchmarks.md): -e 0 in ~0.85 s instead of ~1.1 s, and a fib(27) loop steady at 5 ms by its 10th
  # iteration instead of still 5-20 ms at its 30th. JavaScript itself is still compiled by Graal.
  -XX:TieredStopAtLevel=1
  --enable-native-access=org.graalvm.truffle,ALL-UNNAMED --sun-misc-unsafe-memory-access=allow
  # internalBinding('util') reads promise state and proxy targets from GraalJS's own objects.
  --add-opens=org.graalvm.polyglot/org.graalvm.polyglot=ALL-UNNAMED
  --add-exports=org.graalvm.js/com.oracle.truffle.js.runtime.builtins=ALL-UNNAMED
  --add-exports=org.graalvm.js/com.oracle.truffle.js.runtime.objects=ALL-UNNAMED
  --add-exports=org.graalvm.js/com.oracle.truffle.js.runtime.util=ALL-UNNAMED
  # ... and looks inside the wrapper GraalJS's MLE mode (the ES module lookup hook) puts around async functions.
  --add-exports=org.graalvm.js/com.oracle.truffle.js.runtime.interop=ALL-UNNAMED
  # internalBinding('task_queue') installs a promise rejection tracker (Node's unhandled-rejection timing);
  # process.env.TZ resets the realm's local time zone (JSRealm.setLocalTimeZone, as graal-nodejs does).
  --add-exports=org.graalvm.js/com.oracle.truffle.js.runtime=ALL-UNNAMED
  # ... and installs jnode's ES module loader as the realm's (engine/NodeModuleLoader).
  --add-opens=org.graalvm.js/com.oracle.truffle.js.runtime=ALL-UNNAMED
  # vm.SourceTextModule reads a module record's import requests (the parser's ModuleRequest).
  --add-exports=org.graalvm.js/com.oracle.js.parser.ir=ALL-UNNAMED
  # internalBinding('url') uses the UTS #46 (IDNA) code of the ICU4J copy GraalJS ships.
  --add-exports=org.graalvm.shadowed.icu4j/org.graalvm.shadowed.com.ibm.icu.text=ALL-UNNAMED
)

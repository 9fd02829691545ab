#!/usr/bin/env bash
# Builds jnode: the jar (Maven), a runtime image (jlink: JDK 25 modules plus GraalJS, without the JDK's
# empty jdk.graal.compiler placeholder so that the real compiler can be added from the module path),
# and a JDK 25 AOT cache trained on a run of jnode. Safe to call concurrently: one build at a time.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
T="$ROOT/target"
mkdir -p "$T"
exec 9>"$T/.build.lock"
flock 9

JAVA_HOME="$("$ROOT/tools/find-jdk.sh")"
export JAVA_HOME
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"

stale() { [ ! -f "$T/jnode.jar" ] || [ -n "$(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$T/jnode.jar" -print -quit)" ]; }

if [ "${1:-}" = "--force" ] || stale; then
  echo "jnode: building (mvn package)..." >&2
  # copy-dependencies only adds: a changed dependency version would leave the old jar beside the new one.
  rm -rf "$T/lib"
  (cd "$ROOT" && mvn -q -B -Dstyle.color=never package -DskipTests 2>&1 | sed 's/\x1b\[[0-9;]*m//g' | grep -v -e '^WARNING' -e '^\s*$' >&2) || true
  [ -f "$T/jnode.jar" ] && ! stale || { echo "jnode: maven build failed" >&2; exit 1; }
  rm -f "$T/jnode.aot"
fi

# Sort the dependencies: GraalJS modules go into the image, the compiler onto the module path,
# everything else onto the class path.
modules="$T/modules"; rm -rf "$modules" "$T/compiler"; mkdir -p "$modules" "$T/compiler"
cp_entries=("$T/jnode.jar")
for jar in "$T"/lib/*.jar; do
  case "$(basename "$jar")" in
    # -p: the AOT cache records the compiler jar's time stamp, and a fresh copy would void it.
    compiler-[0-9]*.jar) cp -p "$jar" "$T/compiler/compiler.jar" ;;
    polyglot-*|truffle-*|js-language-*|wasm-language-*|regex-*|icu4j-*|xz-*|collections-*|nativeimage-*|word-*|jniutils-*) cp -p "$jar" "$modules/" ;;
    *) cp_entries+=("$jar") ;;
  esac
done
(IFS=:; echo "${cp_entries[*]}") > "$T/classpath"

image_key="$(ls "$modules" | sort | tr '\n' ' ')"
if [ ! -x "$T/runtime/bin/java" ] || [ "$(cat "$T/runtime/.key" 2>/dev/null)" != "$image_key" ]; then
  echo "jnode: linking the runtime image (jlink)..." >&2
  rm -rf "$T/runtime"
  "$JAVA_HOME/bin/jlink" --module-path "$modules" \
    --add-modules java.base,java.logging,java.management,java.net.http,java.naming,jdk.unsupported,jdk.management,jdk.internal.vm.ci,jdk.crypto.ec,jdk.zipfs,org.graalvm.polyglot,org.graalvm.truffle,org.graalvm.truffle.runtime,org.graalvm.truffle.compiler,org.graalvm.js,org.graalvm.wasm,com.oracle.truffle.regex,org.graalvm.shadowed.icu4j,org.graalvm.shadowed.xz \
    --output "$T/runtime" --strip-debug --no-header-files --no-man-pages --generate-cds-archive >/dev/null
  echo "$image_key" > "$T/runtime/.key"
  rm -f "$T/jnode.aot"
fi

# The cache is only used with the very class path and compiler jar it was trained with (else the JVM drops it
# silently and start-up doubles): their description is kept beside it.
aot_key="$(stat -c %Y "$T/compiler/compiler.jar") $(cat "$T/classpath")"
if [ ! "$T/jnode.aot" -nt "$T/jnode.jar" ] || [ "$ROOT/tools/jvm-options.sh" -nt "$T/jnode.aot" ] \
   || [ "$(cat "$T/jnode.aot.key" 2>/dev/null)" != "$aot_key" ]; then
  echo "jnode: training the AOT cache..." >&2
  . "$ROOT/tools/jvm-options.sh"
  "$T/runtime/bin/java" "${JNODE_JVM_OPTIONS[@]}" -XX:AOTCacheOutput="$T/jnode.aot" \
    -Djnode.execPath="$ROOT/bin/jnode" -cp "$(cat "$T/classpath")" dev.jnode.cli.Main "$ROOT/tools/aot-training.js" \
    >/dev/null 2>"$T/aot-training.log" || { cat "$T/aot-training.log" >&2; exit 1; }
  echo "$aot_key" > "$T/jnode.aot.key"
fi

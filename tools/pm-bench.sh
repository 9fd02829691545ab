#!/bin/bash
# Times jnode's package manager against npm on one package.json: cold (empty caches, no lockfile),
# ci with a warm cache, install with a warm cache and no lockfile, and an up-to-date install.
# Usage: tools/pm-bench.sh path/to/package.json   (needs npm on PATH and a built target/classes)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
cp_file=$(mktemp)
(cd "$here" && mvn -q dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=runtime >/dev/null)
J="$JAVA_HOME/bin/java -cp $here/target/classes:$(cat "$cp_file") dev.jnode.pm.PackageManagerCli"
W=$(mktemp -d)
mkdir -p "$W/n" "$W/j"
cp "$1" "$W/n/package.json"
cp "$1" "$W/j/package.json"
export JNODE_CACHE=$W/jcache
NPM="npm --cache $W/npmcache --ignore-scripts --no-audit --no-fund"
t() { local s; s=$(date +%s%N); "$@" >/dev/null 2>&1 || echo -n "FAILED "; echo "$(( ($(date +%s%N) - s) / 1000000 )) ms"; }
cd "$W/n"; echo "npm   cold install:            $(t $NPM install)"
cd "$W/j"; echo "jnode cold install:            $(t $J install)"
cd "$W/n"; rm -rf node_modules; echo "npm   ci, warm cache:          $(t $NPM ci)"
cd "$W/j"; rm -rf node_modules; echo "jnode ci, warm cache:          $(t $J ci)"
cd "$W/n"; rm -rf node_modules package-lock.json; echo "npm   install, warm, no lock:  $(t $NPM install)"
cd "$W/j"; rm -rf node_modules package-lock.json; echo "jnode install, warm, no lock:  $(t $J install)"
cd "$W/n"; echo "npm   install, up to date:     $(t $NPM install)"
cd "$W/j"; echo "jnode install, up to date:     $(t $J install)"
cmp -s "$W/n/package-lock.json" "$W/j/package-lock.json" && echo "lockfiles: identical" || echo "lockfiles: DIFFER"
rm -rf "$W" "$cp_file"

#!/usr/bin/env bash
# Prints the home of a JDK 25: $JAVA_HOME if it is one, else the first under /usr/lib/jvm.
is25() { [ -x "$1/bin/jlink" ] && grep -q '^JAVA_VERSION="25' "$1/release" 2>/dev/null; }
if [ -n "${JAVA_HOME:-}" ] && is25 "$JAVA_HOME"; then echo "$JAVA_HOME"; exit 0; fi
for d in /usr/lib/jvm/*25*; do
  if is25 "$d"; then echo "$d"; exit 0; fi
done
echo "jnode: no JDK 25 found (set JAVA_HOME, or install Temurin 25 under /usr/lib/jvm)" >&2
exit 1

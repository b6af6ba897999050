#!/usr/bin/env bash
# Prints a JDK home of Java 21 or newer: $JAVA_HOME if it qualifies, else the newest JDK under /usr/lib/jvm.
version_of() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
ok() { [ -x "$1/bin/javac" ] && [ "$(version_of "$1")" -ge 21 ] 2>/dev/null; }
if [ -n "${JAVA_HOME:-}" ] && ok "$JAVA_HOME"; then echo "$JAVA_HOME"; exit 0; fi
best=""; best_version=0
for home in /usr/lib/jvm/*; do
  [ -L "$home" ] && continue
  if ok "$home"; then
    v=$(version_of "$home")
    if [ "$v" -gt "$best_version" ]; then best="$home"; best_version="$v"; fi
  fi
done
if [ -z "$best" ]; then
  echo "java-home: no JDK 21 or newer found (set JAVA_HOME); the Eclipse 2026-09 platform needs Java 21+" >&2
  exit 1
fi
echo "$best"

#!/usr/bin/env bash
# Starts the GovSite platform server (org.govsite.server.Main) on a flat class path: the server bundle and the
# GovSite bundles it uses from their target/ folders (relative paths in arguments are taken from the current folder), the third-party jars from the local Maven repository.
# Build first: ./mvnw -B -o install -DskipTests -pl bundles/org.govsite.server -am  (or set SERVER_BUILD=1).
# Arguments go to Main, e.g.
#   GOVSITE_SERVER_KEY_PASSPHRASE=... releng/server.sh --db ./govsite-server-data --port 8443
# See docs/server.md.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
JAVA_HOME="${JAVA_HOME:-$(bash "$root/releng/java-home.sh")}"
export JAVA_HOME
if [ "${SERVER_BUILD:-}" = "1" ]; then
  (cd "$root" && ./mvnw -B -o -q install -DskipTests -pl bundles/org.govsite.server -am)
fi
repo="${MAVEN_REPOSITORY:-$HOME/.m2/repository}"
jars=()
for bundle in server protocol crypto model; do
  jar=$(ls "$root"/bundles/org.govsite.$bundle/target/org.govsite.$bundle-*.jar 2>/dev/null | grep -v sources | head -1 || true)
  if [ -z "$jar" ]; then
    echo "server: bundles/org.govsite.$bundle is not built; run with SERVER_BUILD=1" >&2
    exit 1
  fi
  jars+=("$jar")
done
# third-party artifacts (group path, artifact, version), the versions of releng/org.govsite.target
third_party=(
  "org/eclipse/jetty jetty-server 12.1.13" "org/eclipse/jetty jetty-http 12.1.13" "org/eclipse/jetty jetty-io 12.1.13"
  "org/eclipse/jetty jetty-util 12.1.13" "org/slf4j slf4j-api 2.0.17" "org/slf4j slf4j-nop 2.0.17"
  "com/fasterxml/jackson/core jackson-databind 2.22.4" "com/fasterxml/jackson/core jackson-core 2.22.4"
  "com/fasterxml/jackson/core jackson-annotations 2.22"
  "com/h2database h2 2.4.240" "org/bouncycastle bcprov-jdk18on 1.86"
  "org/eclipse/emf org.eclipse.emf.ecore 2.43.0" "org/eclipse/emf org.eclipse.emf.common 2.46.0"
  "org/eclipse/platform org.eclipse.osgi 3.24.300" "org/eclipse/platform org.eclipse.equinox.common 3.21.0"
)
for entry in "${third_party[@]}"; do
  read -r group artifact version <<<"$entry"
  jar="$repo/$group/$artifact/$version/$artifact-$version.jar"
  if [ ! -f "$jar" ]; then
    echo "server: missing $jar (run the build once without -o)" >&2
    exit 1
  fi
  jars+=("$jar")
done
classpath=$(IFS=:; echo "${jars[*]}")
# SERVER_PRINT_CLASSPATH=1 prints the class path instead of starting (releng/bench.sh runs the server in-process)
if [ "${SERVER_PRINT_CLASSPATH:-}" = "1" ]; then
  echo "$classpath"
  exit 0
fi
exec "$JAVA_HOME/bin/java" -cp "$classpath" org.govsite.server.Main "$@"

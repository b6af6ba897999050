#!/usr/bin/env bash
# Builds GovSite (tests skipped) and runs the benchmark harness on a flat class path: the materialized
# product's plugins plus the benchmark bundle and the test utilities (the migration.* benchmarks serve the tests'
# generated legacy site; the ui.* benchmarks run under Xvfb when there is no display). Arguments go to org.govsite.benchmarks.Main, e.g.
#   releng/bench.sh --warmup 3 --iterations 7 --report bench-results/store.md store. h2.
# Benchmarks run in one JVM so each ratio compares with a baseline measured in the same run; BENCH_HEAP sets its
# maximum heap (default 2g; the 1,000,000-article sync benchmarks need about 6g).
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME="${JAVA_HOME:-$(bash releng/java-home.sh)}"
export JAVA_HOME
if [ "${BENCH_SKIP_BUILD:-}" != "1" ]; then
  ./mvnw -B -o -q verify -DskipTests
fi
plugins=product/org.govsite.product/target/products/org.govsite.workbench/linux/gtk/x86_64/govsite/plugins
if [ ! -d "$plugins" ]; then
  echo "bench: no materialized product in $plugins" >&2
  exit 1
fi
classpath=""
for jar in "$plugins"/*.jar tests/org.govsite.benchmarks/target/org.govsite.benchmarks-*.jar \
    tests/org.govsite.testing/target/org.govsite.testing-*.jar; do
  case "$(basename "$jar")" in
    org.eclipse.equinox.launcher*) continue ;;
  esac
  classpath="$classpath:$jar"
done
# the api.* benchmarks run a platform server in-process: the server bundle, Jetty and slf4j (not in the product)
classpath="$classpath:$(SERVER_PRINT_CLASSPATH=1 releng/server.sh)"
mkdir -p bench-results
run=("$JAVA_HOME/bin/java" "-Xmx${BENCH_HEAP:-2g}" -cp "${classpath#:}" org.govsite.benchmarks.Main "$@")
# the ui.* benchmarks open real SWT windows: without a display they run under Xvfb
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1280x800x24" "${run[@]}"
fi
exec "${run[@]}"

#!/usr/bin/env bash
# Builds the GovSite workbench and opens it on a generated demo province (about 400 sites and 50,000 columns)
# stored in an embedded H2 database in ~/govsite-demo-workspace, with the demo's own platform server embedded
# (docs/workbench.md, "Starting"). No server to install.
# Without a display ($DISPLAY unset) it runs under Xvfb and saves a screenshot instead.
set -euo pipefail
cd "$(dirname "$0")/.."
bash releng/install-deps.sh
JAVA_HOME=$(bash releng/java-home.sh)
export JAVA_HOME
./mvnw -B -q verify -DskipTests
dist=product/org.govsite.product/target/products/org.govsite.workbench/linux/gtk/x86_64/govsite
export GOVSITE_WORKSPACE="${GOVSITE_WORKSPACE:-$HOME/govsite-demo-workspace}"
if [ -n "${DISPLAY:-}" ]; then
  exec "$dist/govsite" --demo "$@"
fi
echo "demo: no DISPLAY; starting under Xvfb for 60 s, screenshot in target/demo.png"
mkdir -p target
xvfb-run -a -s "-screen 0 1280x800x24" bash -c \
  "\"$dist/govsite\" --demo $* & pid=\$!; sleep 45; import -window root target/demo.png; kill \$pid"

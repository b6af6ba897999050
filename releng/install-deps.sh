#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks to build, run and test GovSite: Xvfb and GTK 3 for the SWT
# workbench, a CJK font for the Chinese UI, ImageMagick for screenshots,
# the OpenSSL 3 command line for the SM2/SM3/SM4 interoperability tests, curl for the server's
# OpenSSL + curl client test, PostgreSQL for the server's PostgreSQL and two-process tests (releng/postgres.sh
# starts a throw-away cluster; the package's own cluster is not used), LibreOffice Calc without GUI (about 55 packages)
# for the test that opens the audit's XLSX export in another spreadsheet program, nginx (light) for the `nginx -t` check
# of the migration's exported redirect map. Needs root (or sudo).
# A Java 21+ JDK must be present (releng/java-home.sh finds it); Maven comes through ./mvnw.
set -euo pipefail
packages=(xvfb xauth libgtk-3-0 fonts-wqy-zenhei fonts-dejavu-core imagemagick x11-utils xdotool openssl curl postgresql libreoffice-calc-nogui nginx-light)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "install-deps: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

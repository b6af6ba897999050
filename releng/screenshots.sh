#!/bin/sh
# Takes the user guide's screenshots: starts the built workbench product on the STANDARD demo province under
# Xvfb, opens the main views with xdotool and saves PNGs to docs/images/.
#   Needs: a built product (./mvnw -B -o verify -DskipTests), xvfb-run, xdotool, imagemagick (import), a CJK font.
#   GOVSITE_NL=en takes the English screenshots (file names get an -en suffix).
# Coordinates assume the 1280x800 screen used here; the window opens at 0,0 with that size.
set -e
root=$(cd "$(dirname "$0")/.." && pwd)
if [ "$1" != "--inside" ]; then
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" --inside
fi

archive="$root/product/org.govsite.product/target/products/org.govsite.workbench-linux.gtk.x86_64.tar.gz"
[ -f "$archive" ] || { echo "screenshots: build the product first: $archive is missing" >&2; exit 1; }
[ -n "$JAVA_HOME" ] || JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
export JAVA_HOME
work=$(mktemp -d)
trap 'kill "$product" 2>/dev/null || true; rm -rf "$work"' EXIT
tar xzf "$archive" -C "$work"
suffix=""
[ "${GOVSITE_NL:-zh_CN}" = "en" ] && suffix="-en"
images="$root/docs/images"
mkdir -p "$images"

GOVSITE_WORKSPACE="$work/workspace" "$work/govsite/govsite" --demo >"$work/govsite.log" 2>&1 &
product=$!

shot() {
  sleep "$2"
  import -window root "$images/$1$suffix.png"
  echo "screenshots: $images/$1$suffix.png"
}

# The demo province is generated and saved on first start; wait for the window, then for the tree.
xdotool search --sync --name GovSite >/dev/null
shot workbench 20

# Each step waits generously: on a busy machine the workbench may take seconds to repaint.
# Site editor: expand the second organisation (a province department) and open its site.
xdotool mousemove 37 212 click 1
sleep 2
xdotool mousemove 150 235 click --repeat 2 --delay 80 1
shot site-editor 5

# A bad main domain: the field's marker and a Problems row; then undo (Ctrl+Z).
xdotool mousemove 700 251 click 1
sleep 1
xdotool key --delay 150 End BackSpace BackSpace BackSpace
xdotool type --delay 150 "_bad"
shot site-editor-validation 8
xdotool key ctrl+z
sleep 3

# Explorer filter: matches in bold with their organisations.
xdotool mousemove 160 111 click 1
xdotool type --delay 150 "jyj"
shot explorer-filter 5

xdotool key ctrl+n
if [ "$suffix" = "-en" ]; then wizard="New Site"; else wizard="新建站点"; fi
timeout 30 xdotool search --sync --onlyvisible --name "^$wizard" >/dev/null
shot new-site-wizard 2
xdotool key Escape
sleep 1

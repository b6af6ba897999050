#!/bin/sh
# Takes the Audit perspective's screenshot for docs/workbench.md: serves a small site with planted problems on
# 127.0.0.1:8765 (python3 -m http.server), starts the built workbench on the demo province under Xvfb, points the
# first site's main domain at that site in the site editor, switches to the Audit perspective and runs the audit.
#   Needs what releng/screenshots.sh needs, and python3. Coordinates assume the 1280x800 screen used there.
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
trap 'kill "$product" "$site" 2>/dev/null || true; rm -rf "$work"' EXIT
tar xzf "$archive" -C "$work"

# The site: a broken link, a missing image, a page without tags linking to a missing page.
mkdir "$work/site"
page() { printf '<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title></head><body>%s</body></html>\n' "$2" "$3" > "$work/site/$1"; }
page index.html 首页 '<a href="/tzgg.html">通知公告</a> <a href="/bszn.html">办事指南</a> <a href="/zwgk.html">政务公开</a> <img src="/logo.png">'
page tzgg.html 通知公告 '<p>没有网页标签的页面</p><a href="/old.html">旧通知</a>'
page zwgk.html 政务公开 '<p>政务公开</p>'
(cd "$work/site" && exec python3 -m http.server 8765 --bind 127.0.0.1 >/dev/null 2>&1) &
site=$!

GOVSITE_WORKSPACE="$work/workspace" "$work/govsite/govsite" --demo >"$work/govsite.log" 2>&1 &
product=$!
xdotool search --sync --name GovSite >/dev/null
sleep 30
# Open the first organisation's site in the site editor and set its main domain to the local site.
xdotool mousemove 37 189 click 1
sleep 2
xdotool mousemove 150 212 click --repeat 2 --delay 80 1
sleep 5
xdotool mousemove 700 251 click 1
sleep 1
xdotool key ctrl+a
xdotool type --delay 100 "127.0.0.1:8765"
sleep 3
# The 审计 tool button, the site in the explorer, then 运行审计.
xdotool mousemove 288 40 click 1
sleep 4
xdotool mousemove 150 212 click 1
sleep 2
xdotool mousemove 246 40 click 1
xdotool mousemove 640 780
sleep 20
import -window root "$root/docs/images/audit-perspective.png"
echo "screenshots: $root/docs/images/audit-perspective.png"

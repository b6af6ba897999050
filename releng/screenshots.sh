#!/bin/sh
# Takes the user guide's screenshots: starts the built workbench product on the STANDARD demo province under
# Xvfb, opens the main views with xdotool and saves PNGs to docs/images/.
#   Needs: a built product (./mvnw -B -o verify -DskipTests), xvfb-run, xdotool, imagemagick (import), a CJK font.
#   GOVSITE_NL=en takes the English screenshots (file names get an -en suffix).
#   "screenshots.sh audit" takes the Audit perspective's instead (needs python3 too): a small site with planted
#   problems served on 127.0.0.1:8765 by python3 -m http.server, the first demo site's main domain pointed at it in
#   the site editor, the Audit perspective and a run of the audit.
#   "screenshots.sh connections" takes the Connections view with the demo platform's connections and the Operation Log
#   read by the demo auditor (the demo platform filled on first start, about a minute).
#   "screenshots.sh library" takes the Resource Library (信息资源库): the demo editor logged in, 同步, 打开平台, a news
#   column of the demo platform selected, the view maximized.
#   "screenshots.sh channels" takes the site editor's 频道 tab on the province portal, maximized, with the edit dialog of
#   its first channel open (its columns ticked in the site's column tree).
#   "screenshots.sh supervision" takes the supervision annual report's part (报表 > 监管年度报表) on the demo province.
#   "screenshots.sh report" takes the annual report editor's: a statistics file of last year (two sites) remembered
#   for the year in the workspace, 报表 > 年度报表 opened (Alt+R, A), the sponsor typed.
# Coordinates assume the 1280x800 screen used here; the window opens at 0,0 with that size.
set -e
root=$(cd "$(dirname "$0")/.." && pwd)
if [ "$1" != "--inside" ]; then
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" --inside "$@"
fi
scene=$2

archive="$root/product/org.govsite.product/target/products/org.govsite.workbench-linux.gtk.x86_64.tar.gz"
[ -f "$archive" ] || { echo "screenshots: build the product first: $archive is missing" >&2; exit 1; }
[ -n "$JAVA_HOME" ] || JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
export JAVA_HOME
work=$(mktemp -d)
trap 'kill "$product" "$site" 2>/dev/null || true; rm -rf "$work"' EXIT
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

# Waits for the demo platform to be filled (about a minute), shows the Connections view and logs in the connection of
# the row at height $1 with the demo credentials (the login dialog's fields: password, then key passphrase).
demo_login() {
  sleep 75
  xdotool mousemove 89 73 click 1
  sleep 3
  xdotool mousemove 80 "$1" click 1
  sleep 1
  xdotool mousemove 150 116 click 1
  timeout 30 xdotool search --sync --onlyvisible --name "^(登录|Log In)" >/dev/null
  sleep 1
  xdotool type --delay 80 "govsite-demo-2026"
  xdotool key Tab
  xdotool type --delay 80 "govsite-demo-key"
  xdotool key Return
  sleep 10
}

# The demo province is generated and saved on first start; wait for the window, then for the tree.
xdotool search --sync --name GovSite >/dev/null
if [ "$scene" = audit ]; then
  sleep 30
  # The site: a broken link, a missing image, a page without tags linking to a missing page.
  mkdir "$work/site"
  page() { printf '<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title></head><body>%s</body></html>\n' "$2" "$3" > "$work/site/$1"; }
  page index.html 首页 '<a href="/tzgg.html">通知公告</a> <a href="/bszn.html">办事指南</a> <a href="/zwgk.html">政务公开</a> <img src="/logo.png">'
  page tzgg.html 通知公告 '<p>没有网页标签的页面</p><a href="/old.html">旧通知</a>'
  page zwgk.html 政务公开 '<p>政务公开</p>'
  (cd "$work/site" && exec python3 -m http.server 8765 --bind 127.0.0.1 >/dev/null 2>&1) &
  site=$!

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
  shot audit-perspective 20
  exit 0
fi
if [ "$scene" = connections ]; then
  # The demo's embedded platform filled on first start (about a minute), its four connections online; the auditor's
  # connection logged in with the demo credentials (the login dialog's fields: password, then key passphrase) and the
  # operation log read with its hash chain checked.
  demo_login 293
  xdotool mousemove 386 516 click 1
  sleep 2
  xdotool mousemove 366 561 click 1
  xdotool mousemove 640 780
  shot connections-and-log 15
  exit 0
fi
if [ "$scene" = library ]; then
  # The demo platform filled (about a minute); the editor's connection (second row) logged in, synchronized and opened
  # as the platform; its first organisation's (the province's) portal expanded and its 政务动态 column selected (its
  # sub-columns hold the demo's articles); the 信息资源库 tab shown and maximized.
  demo_login 247
  xdotool mousemove 196 116 click 1
  sleep 15
  xdotool mousemove 247 116 click 1
  sleep 10
  xdotool mousemove 37 73 click 1
  sleep 2
  xdotool mousemove 37 189 click 1
  sleep 2
  xdotool mousemove 55 212 click 1
  sleep 2
  xdotool mousemove 110 327 click 1
  sleep 2
  xdotool mousemove 450 516 click 1
  sleep 5
  xdotool mousemove 450 516 click --repeat 2 --delay 80 1
  xdotool mousemove 640 780
  shot resource-library 5
  exit 0
fi
if [ "$scene" = channels ]; then
  sleep 25
  xdotool mousemove 37 189 click 1
  sleep 2
  xdotool mousemove 150 212 click --repeat 2 --delay 80 1
  sleep 6
  xdotool mousemove 400 73 click --repeat 2 --delay 80 1
  sleep 3
  xdotool mousemove 884 137 click 1
  sleep 3
  xdotool mousemove 815 207 click --repeat 2 --delay 80 1
  shot site-editor-channels 5
  exit 0
fi

if [ "$scene" = supervision ]; then
  # 报表 > 监管年度报表 through the mnemonics (Alt+R, S).
  sleep 30
  xdotool key alt+r
  sleep 2
  xdotool key s
  sleep 5
  # Maximize the part (double-click its tab) so that the whole form shows.
  xdotool mousemove 365 73 click --repeat 2 --delay 80 1
  sleep 3
  # 提议样本 for the first quarter.
  xdotool mousemove 181 636 click 1
  xdotool mousemove 640 780
  shot supervision-report 5
  exit 0
fi
if [ "$scene" = report ]; then
  year=$(( $(date +%Y) - 1 ))
  cat > "$work/statistics.json" <<EOF
{"year": $year, "sites": [
 {"siteId": "ah-portal", "siteName": "安徽省人民政府门户网站", "host": "www.ah.gov.cn", "idCode": "3400000001",
  "articles": {"total": 1200, "overview": 100, "news": 700, "catalogue": 300}, "topics": {"maintained": 12, "opened": 3},
  "interpretations": {"total": 40, "materials": 20, "products": 10, "mediaComments": 5}, "hotspotResponses": 8,
  "services": {"catalogue": true, "registeredUsers": 0, "items": 300, "onlineItems": 250,
               "cases": {"total": 900, "persons": 600, "legalEntities": 300}},
  "messages": {"received": 500, "closed": 480, "averageDays": 3.5, "public": 420},
  "solicitations": {"count": 6, "opinions": 230, "resultsPublished": 5}, "interviews": {"count": 4, "questions": 90, "answers": 95}},
 {"siteId": "ah-fgw", "siteName": "安徽省发展和改革委员会", "host": "fzggw.ah.gov.cn", "idCode": "3400000002"}]}
EOF
  mkdir -p "$work/workspace/reports"
  printf '{"%s": "%s"}\n' "$year" "$work/statistics.json" > "$work/workspace/reports/statistics-files.json"
  sleep 30
  xdotool key alt+r
  sleep 1
  xdotool key a
  sleep 10
  xdotool mousemove 850 331 click 1
  xdotool type --delay 250 "安徽省人民政府办公厅"
  shot annual-report 5
  exit 0
fi
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

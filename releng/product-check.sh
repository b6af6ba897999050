#!/usr/bin/env bash
# Checks the materialized product's command lines as users start them, through its govsite script (flat class path,
# no OSGi framework, the JVM's ahead-of-time cache): each command's help (exit 0, the usage on standard output,
# nothing else on standard error than the JVM's line about the cache it records) and a bad option (exit 2); a dry
# run of govsite migrate over a small wget-style mirror (its JSON report read back); govsite report over three
# sites' statistics (the workbooks written, the missing manual fields reported: exit 1). Each command runs twice, so that with a Java 25+ the second run starts from the
# cache the first one recorded. Run by the build (product/org.govsite.product, verify phase) on the product it has
# just materialized:   releng/product-check.sh <product folder holding the govsite script>
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
product=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GOVSITE_CACHE="$work/cache"

fail() {
  echo "product check: $*" >&2
  exit 1
}

# run EXPECTED-EXIT NAME ARGS...: the script with ARGS, its output in $work/NAME.out and .err
run() {
  local expected=$1 name=$2 code=0
  shift 2
  "$product/govsite" "$@" >"$work/$name.out" 2>"$work/$name.err" || code=$?
  if [ "$code" != "$expected" ]; then
    cat "$work/$name.err" >&2
    fail "govsite $* exited $code, expected $expected"
  fi
}

javahome=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
runtime=$(sed -n 's/^JAVA_RUNTIME_VERSION="\(.*\)"$/\1/p' "$javahome/release" 2>/dev/null)
for command in audit migrate report; do
  for round in 1 2; do
    run 0 "$command-help-$round" "$command" --lang en --help
    grep -q "^Usage: govsite $command" "$work/$command-help-$round.out" || fail "govsite $command --help printed no usage"
    # only the JVM's announcement of the cache it records on the first run
    if grep -v '^ *AOTConfiguration recorded: ' "$work/$command-help-$round.err" >&2; then
      fail "govsite $command --help wrote to standard error"
    fi
  done
  if [ "${runtime%%[!0-9]*}" -ge 25 ] 2>/dev/null; then
    ls "$GOVSITE_CACHE/$command"-*.aot >/dev/null 2>&1 || fail "no ahead-of-time cache of govsite $command in $GOVSITE_CACHE"
  fi
  run 2 "$command-bogus" "$command" --lang en --bogus
  grep -q -- "--bogus" "$work/$command-bogus.err" || fail "govsite $command --bogus did not name the option"
done

# govsite migrate: a dry run over a mirror as wget --mirror leaves it (a home page linking one article)
site="$work/mirror/old.gov.cn"
mkdir -p "$site/xxgk"
printf '%s' '<html><head><title>旧网站</title></head><body><a href="/xxgk/art_1_1.html">通知</a></body></html>' \
  >"$site/index.html"
printf '%s' '<html><head><meta charset="utf-8"><meta name="ArticleTitle" content="关于开展检查的通知">' \
  '<meta name="PubDate" content="2019-03-05 10:20"><meta name="ContentSource" content="市政府办公室"></head>' \
  '<body><div class="TRS_Editor"><p>现将有关事项通知如下。</p></div></body></html>' >"$site/xxgk/art_1_1.html"
printf '%s\n' 'pattern,syntax,outcome,column,target' '/,glob,REDIRECT,xxgk,https://new.gov.cn/' \
  '/xxgk/**,glob,REDIRECT,xxgk,https://new.gov.cn/xxgk/{name}.html' >"$work/mapping.csv"
for round in 1 2; do
  rm -f "$work/report.json"
  run 0 "migrate-$round" migrate --lang en --mirror "$work/mirror" --mapping "$work/mapping.csv" \
    --new-site https://new.gov.cn/ --report "$work/report.json"
  [ -s "$work/report.json" ] || fail "govsite migrate wrote no report"
  grep -q '"url" *: *"http://old.gov.cn/xxgk/art_1_1.html"' "$work/report.json" || fail "the report lacks the article"
  grep -q '"xxgk" : 1' "$work/report.json" || fail "the report counts no article in column xxgk"
done

# govsite report: three sites' statistics, no manual fields (errors: exit 1), every workbook written
for round in 1 2; do
  rm -rf "$work/reports"
  run 1 "report-$round" report --lang en --year 2026 --statistics "$here/product-check/statistics-2026.json" \
    --output "$work/reports"
  for file in www.site1.gov.cn-2026.xlsx www.site2.gov.cn-2026.xlsx www.site3.gov.cn-2026.xlsx province-2026.xlsx; do
    [ "$(head -c 2 "$work/reports/$file" 2>/dev/null)" = PK ] || fail "govsite report wrote no workbook $file"
  done
  grep -q "REPORT-MANUAL-FIELD" "$work/report-$round.err" || fail "govsite report did not report the missing fields"
done
echo "product check: govsite audit, migrate and report start and run from $product"

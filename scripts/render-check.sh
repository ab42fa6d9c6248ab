#!/usr/bin/env bash
# Renders SVG pictures and HTML pages with headless Chromium, as a person would see them, and checks
# that the browser reported nothing on its console (no script error, no resource it failed to load).
#
#   scripts/render-check.sh [-o OUT_DIR] [FILE.svg|FILE.html[@WIDTHxHEIGHT]]...
#
# For each FILE it writes OUT_DIR/NAME.png (a screenshot), OUT_DIR/NAME.dom.html (the DOM after
# loading, from --dump-dom) and OUT_DIR/NAME.log (Chromium's log). An SVG is shot at its own width and
# height; an HTML page at 1280x2400, or at the size given after '@' (such as report.html@390x2400 for
# a phone). Without FILE arguments it first writes the bundled Almaty Process's timeline and report
# with examples/target/rcp.jar (build it with 'mvn -B -q package -DskipTests') and renders those.
#
# Exit codes: 0 every file rendered with a clean console; 1 a console message or a missing output;
# 2 usage or a missing tool. Chromium is the Debian package 'chromium' (CHROMIUM overrides the path).
# Nothing goes to the network: the pages are local files and background networking is disabled.
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
chromium="${CHROMIUM:-/usr/bin/chromium}"
out_dir="render-check"
if [[ "${1:-}" == "-o" ]]; then
  [[ $# -ge 2 ]] || { echo "render-check: -o needs a directory" >&2; exit 2; }
  out_dir="$2"
  shift 2
fi
if [[ ! -x "$chromium" ]]; then
  echo "render-check: no Chromium at $chromium (apt-get install -y chromium, or set CHROMIUM)" >&2
  exit 2
fi
mkdir -p "$out_dir"
out_dir="$(cd "$out_dir" && pwd)"

files=("$@")
if [[ ${#files[@]} -eq 0 ]]; then
  jar="$here/examples/target/rcp.jar"
  [[ -f "$jar" ]] || { echo "render-check: $jar is missing; run mvn -B -q package -DskipTests" >&2; exit 2; }
  data="$here/examples/src/main/resources/org/rcpmodel/examples/almaty-process.json"
  java -jar "$jar" timeline "$data" --out "$out_dir/almaty-timeline.svg" >/dev/null
  java -jar "$jar" report "$data" --out "$out_dir/almaty-report.html" >/dev/null
  files=("$out_dir/almaty-timeline.svg" "$out_dir/almaty-report.html" "$out_dir/almaty-report.html@390x2400")
fi

status=0
for spec in "${files[@]}"; do
  file="${spec%@*}"
  size=""
  [[ "$spec" == *@* ]] && size="${spec##*@}"
  if [[ ! -f "$file" ]]; then
    echo "render-check: $file: no such file" >&2
    status=1
    continue
  fi
  base="$(basename "$file")"
  name="${base%.*}${size:+-$size}"
  if [[ -z "$size" && "$file" == *.svg ]]; then
    # The picture's own size, from the width and height of its svg element.
    w="$(grep -o '<svg[^>]*' "$file" | head -1 | sed -n 's/.* width="\([0-9]*\)".*/\1/p')"
    h="$(grep -o '<svg[^>]*' "$file" | head -1 | sed -n 's/.* height="\([0-9]*\)".*/\1/p')"
    size="${w:-1280}x${h:-800}"
  fi
  size="${size:-1280x2400}"
  url="file://$(cd "$(dirname "$file")" && pwd)/$base"
  for mode in screenshot dump; do
    profile="$(mktemp -d)"
    log="$out_dir/$name.$mode.log"
    flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
      --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$profile"
      --enable-logging --v=0 --log-file="$log" --window-size="${size/x/,}")
    if [[ "$mode" == screenshot ]]; then
      timeout 120 "$chromium" "${flags[@]}" --screenshot="$out_dir/$name.png" "$url" >/dev/null 2>&1 || true
    else
      timeout 120 "$chromium" "${flags[@]}" --dump-dom "$url" >"$out_dir/$name.dom.html" 2>/dev/null || true
    fi
    rm -rf "$profile"
  done
  cat "$out_dir/$name.screenshot.log" "$out_dir/$name.dump.log" >"$out_dir/$name.log" 2>/dev/null || true
  rm -f "$out_dir/$name.screenshot.log" "$out_dir/$name.dump.log"
  if [[ ! -s "$out_dir/$name.png" ]]; then
    echo "render-check: $file: Chromium wrote no screenshot" >&2
    status=1
  fi
  if [[ ! -s "$out_dir/$name.dom.html" ]]; then
    echo "render-check: $file: Chromium dumped no DOM" >&2
    status=1
  fi
  if grep -q 'CONSOLE' "$out_dir/$name.log"; then
    echo "render-check: $file: the browser console reported:" >&2
    grep 'CONSOLE' "$out_dir/$name.log" >&2
    status=1
  fi
  echo "$name: $out_dir/$name.png ($size), $out_dir/$name.dom.html"
done
exit "$status"

#!/bin/sh
# An install as a user or a packager makes it: a new venv with the pip that comes with
# the Python found (no upgrade), `pip install .` from pyproject.toml's ranges (not the
# lock), then a saved web page imported with the installed command. Catches a run-time
# dependency that only a newer pip would have pulled in (lxml_html_clean, 2026).
set -eu
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$PYTHON" -m venv "$work/venv"
echo "check-install: $("$work/venv/bin/python" -m pip --version)"
"$work/venv/bin/python" -m pip install --quiet . 2>&1 | grep -v "^WARNING: Location" || true
"$work/venv/bin/python" -m pip show --quiet gcm-archive >/dev/null
cat > "$work/page.html" <<'HTML'
<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ministers meet on migration</title></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<div class="wrap"><div class="content"><div>
<div>Ministers from ten countries met in Manila on Tuesday to discuss the Global Compact for
Safe, Orderly and Regular Migration and the protection of migrant workers in the region.</div>
<div>The meeting reviewed progress on fair recruitment, consular assistance and the fight
against trafficking in persons, and agreed to share data on labour migration.</div>
</div></div></div><footer>Copyright 2026 Example Daily</footer></body></html>
HTML
export HOME="$work/home" QT_QPA_PLATFORM=offscreen
"$work/venv/bin/gcm-archive" --archive "$work/a.sqlite" --json import "$work/page.html" \
    > "$work/out.json"
"$work/venv/bin/python" - "$work/out.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
assert not report["failed"], report["failed"]
assert len(report["imported"]) == 1, report
print("check-install: a saved web page imports with `pip install .` and the stock pip")
PY

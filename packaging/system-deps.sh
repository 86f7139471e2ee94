#!/bin/sh
# System libraries the Qt wheels need on a bare Debian/Ubuntu machine, and
# poppler-utils for looking at report pages. Installs only what is missing, and
# only when it can (as root with apt-get); otherwise says what to install.
set -u
missing=""
have_lib() { ldconfig -p 2>/dev/null | grep -q "$1"; }
have_lib libEGL.so.1 || missing="$missing libegl1"
have_lib libGL.so.1 || missing="$missing libgl1"
have_lib libxkbcommon.so.0 || missing="$missing libxkbcommon0"
have_lib libfontconfig.so.1 || missing="$missing libfontconfig1"
have_lib libdbus-1.so.3 || missing="$missing libdbus-1-3"
command -v pdftoppm >/dev/null 2>&1 || missing="$missing poppler-utils"
[ -z "$missing" ] && exit 0
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "Installing system packages:$missing"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing
else
    echo "Please install these system packages:$missing" >&2
fi
exit 0

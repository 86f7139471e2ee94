#!/bin/sh
# System libraries the Qt wheels (PySide6) need on Debian/Ubuntu, found with `ldd` on
# PySide6's Qt/lib/libQt6*.so, Qt/plugins/platforms/libqxcb.so and
# Qt/plugins/xcbglintegrations/*.so (PySide6 6.11): the X client
# libraries of the xcb platform (Qt 6.5+ needs libxcb-cursor0 among others), OpenGL/EGL,
# fontconfig and D-Bus. poppler-utils is for looking at report pages.
#
#   sh packaging/system-deps.sh          what `make run` needs
#   sh packaging/system-deps.sh --test   also Xvfb and xdotool, for the test of the real start
#
# Installs only what is missing, so running it twice changes nothing. As root with apt-get
# it installs; otherwise it lists what is missing and the command to install it, installs
# nothing, and exits 0 (the application then says which library it could not load).
set -u

# "soname package" pairs: a library the Qt wheels load, and the Debian package giving it.
LIBS="
libEGL.so.1 libegl1
libGL.so.1 libgl1
libfontconfig.so.1 libfontconfig1
libfreetype.so.6 libfreetype6
libglib-2.0.so.0 libglib2.0-0
libgssapi_krb5.so.2 libgssapi-krb5-2
libdbus-1.so.3 libdbus-1-3
libxkbcommon.so.0 libxkbcommon0
libxkbcommon-x11.so.0 libxkbcommon-x11-0
libX11.so.6 libx11-6
libX11-xcb.so.1 libx11-xcb1
libxcb.so.1 libxcb1
libxcb-cursor.so.0 libxcb-cursor0
libxcb-glx.so.0 libxcb-glx0
libxcb-icccm.so.4 libxcb-icccm4
libxcb-image.so.0 libxcb-image0
libxcb-keysyms.so.1 libxcb-keysyms1
libxcb-randr.so.0 libxcb-randr0
libxcb-render-util.so.0 libxcb-render-util0
libxcb-render.so.0 libxcb-render0
libxcb-shape.so.0 libxcb-shape0
libxcb-shm.so.0 libxcb-shm0
libxcb-sync.so.1 libxcb-sync1
libxcb-xfixes.so.0 libxcb-xfixes0
libxcb-xkb.so.1 libxcb-xkb1
libxcb-util.so.1 libxcb-util1
"
# "command package" pairs.
COMMANDS="pdftoppm poppler-utils"
if [ "${1:-}" = "--test" ]; then
    COMMANDS="$COMMANDS Xvfb xvfb xdotool xdotool"
fi

missing=""
have_lib() { ldconfig -p 2>/dev/null | grep -q "[[:space:]]$1 "; }
set -- $LIBS
while [ $# -ge 2 ]; do
    have_lib "$1" || missing="$missing $2"
    shift 2
done
set -- $COMMANDS
while [ $# -ge 2 ]; do
    command -v "$1" >/dev/null 2>&1 || missing="$missing $2"
    shift 2
done

if [ -z "$missing" ]; then
    echo "system-deps: every system package needed is installed"
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "system-deps: not a Debian/Ubuntu system: installed nothing." >&2
    echo "system-deps: please install the equivalents of these Debian packages:$missing" >&2
    exit 0
fi
if [ "$(id -u)" != 0 ]; then
    echo "system-deps: not root: installed nothing. These system packages are missing:$missing" >&2
    echo "system-deps: install them with:  sudo apt-get install$missing" >&2
    exit 0
fi
echo "system-deps: installing:$missing"
export DEBIAN_FRONTEND=noninteractive
# The package lists may be absent on a fresh machine: install, and update them only if needed.
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing >/dev/null 2>&1 || {
    apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing
} || {
    echo "system-deps: apt-get could not install:$missing" >&2
    exit 1
}

#!/usr/bin/env bash
# Saves PNG screenshots of the desktop app's main screens to docs/screenshots/: builds the app,
# starts it on a virtual X display (Xvfb) against a fresh mock web seeded with the demo data, and
# lets io.fieldreport.desktop.ScreenshotTour click through sign-in, the inspection list, the
# editor, Syncing Status mid-sync, a conflict notification and settings.
#
# Needs: apt-get install -y xvfb xauth imagemagick libgtk-3-0 xcompmgr
# (xcompmgr is optional: without a compositing manager, X paints the transparent edges of the
# notification pop-ups opaque.)
set -euo pipefail
cd "$(dirname "$0")/.."

out="${1:-docs/screenshots}"
for tool in Xvfb /usr/bin/import; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y xvfb xauth imagemagick libgtk-3-0" >&2; exit 1; }
done

cp_file="$(mktemp)"
./mvnw -q -B -pl desktop-app -am -DskipTests package dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file"

# A display number nobody uses.
display=90
while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
trap 'kill "$xvfb_pid" 2>/dev/null || true; rm -f "$cp_file"' EXIT
for _ in $(seq 1 50); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done
if command -v xcompmgr >/dev/null; then
  DISPLAY=":$display" xcompmgr >/dev/null 2>&1 &
  compositor_pid=$!
  trap 'kill "$compositor_pid" "$xvfb_pid" 2>/dev/null || true; rm -f "$cp_file"' EXIT
fi

DISPLAY=":$display" java -Dtestfx.robot=glass -Djava.util.logging.config.file=desktop-app/src/test/resources/logging.properties \
  -cp "desktop-app/target/test-classes:desktop-app/target/classes:$(cat "$cp_file")" \
  io.fieldreport.desktop.ScreenshotTour "$out"
ls -l "$out"/*.png

#!/usr/bin/env bash
# Renders every icon file from fieldreport.svg, the one source. Run it after changing the SVG and
# commit what it writes (the build does not need these tools):
#   installers/icons/generate.sh
# Needs: apt-get install -y librsvg2-bin imagemagick icnsutils   (rsvg-convert, convert, png2icns)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
window_icons="$here/../../desktop-app/src/main/resources/io/fieldreport/desktop/icons"
# /usr/bin/convert is ImageMagick; some machines put a different "convert" first on the PATH.
convert=/usr/bin/convert
for tool in rsvg-convert "$convert" png2icns; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y librsvg2-bin imagemagick icnsutils" >&2; exit 1; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for size in 16 20 24 32 40 48 64 128 256 512 1024; do
  rsvg-convert --width "$size" --height "$size" "$here/fieldreport.svg" --output "$work/$size.png"
done

# Linux: jpackage's --icon (the launcher in the menu) takes one PNG.
cp "$work/256.png" "$here/fieldreport.png"
# Windows: the .exe, the shortcuts and the installer; the sizes Explorer and the taskbar ask for.
"$convert" "$work"/{16,20,24,32,40,48,64,256}.png "$here/fieldreport.ico"
# macOS: the .app in Finder and the Dock.
png2icns "$here/fieldreport.icns" "$work"/{16,32,48,128,256,512,1024}.png >/dev/null
# The window's own icon (title bar, task switcher), read by the app at start.
mkdir -p "$window_icons"
for size in 16 32 48 64 128 256; do
  cp "$work/$size.png" "$window_icons/fieldreport-$size.png"
done
ls -l "$here"/fieldreport.{png,ico,icns} "$window_icons"

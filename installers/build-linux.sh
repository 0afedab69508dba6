#!/usr/bin/env bash
# Builds FieldReport for Linux with its own Java runtime: an app image (a folder to unpack and run,
# also as .tar.gz) and a .deb. One command from a clean checkout:
#
#   installers/build-linux.sh                  app image, .tar.gz and .deb in installers/target/linux/
#   installers/build-linux.sh --app-image-only no .deb (needs no fakeroot or dpkg-deb)
#   installers/build-linux.sh --no-maven       use what the last Maven build staged (CI, after ./mvnw verify)
#   installers/build-linux.sh --app-version 1.2.0   a version other than the pom's without -SNAPSHOT
#
# Needs a JDK 17+ (JAVA_HOME or on the PATH) with jpackage; for the .deb, fakeroot and dpkg-deb
# (apt-get install -y fakeroot). installers/README.md explains the choices; build-macos.sh and
# build-windows.ps1 take the same steps with the same settings.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
staging="$root/installers/target/jpackage"
out="$root/installers/target/linux"
work="$out/work"
. "$root/installers/lib/common.sh"

make_deb=yes
run_maven=yes
app_version=""
while [ $# -gt 0 ]; do
  case "$1" in
    --app-image-only) make_deb=no ;;
    --no-maven) run_maven=no ;;
    --app-version) [ $# -ge 2 ] || die "--app-version needs a value"; app_version="$2"; shift ;;
    -h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"; exit 0 ;;
    *) die "unknown option $1 (see --help)" ;;
  esac
  shift
done

find_jdk
if [ "$make_deb" = yes ]; then
  for tool in fakeroot dpkg-deb; do
    command -v "$tool" >/dev/null || die "$tool is missing for the .deb: apt-get install -y fakeroot (or use --app-image-only)"
  done
fi
[ "$run_maven" = yes ] && stage
read_properties vendor description copyright main.jar main.class \
  linux.package maintainer linux.menu.group linux.category linux.package.deps
name="$prop_name"
version="$(numeric_version "${app_version:-$prop_version}")"
arch="$(uname -m)"
case "$arch" in x86_64) arch=x64 ;; esac
rm -rf "$out"
mkdir -p "$work"

javafx_jmods "$work/jmods"
modules="$(runtime_modules)"
link_runtime "$work/jmods" "$modules" "$work/runtime"

step "jpackage: the app image $name $version"
"$jdk_bin/jpackage" --type app-image --dest "$out" --temp "$work/jpackage-app-image" \
  --name "$name" --app-version "$version" --vendor "$prop_vendor" \
  --description "$prop_description" --copyright "$prop_copyright" \
  --icon "$root/installers/icons/fieldreport.png" \
  --runtime-image "$work/runtime" \
  --input "$staging/app" --main-jar "$prop_main_jar" --main-class "$prop_main_class"
image="$out/$name"
tarball="$out/$name-$version-linux-$arch.tar.gz"
step "tar: $(basename "$tarball")"
tar -C "$out" -czf "$tarball" "$name"
image_done=$SECONDS

if [ "$make_deb" = yes ]; then
  step "jpackage: the .deb"
  # Depends: jpackage computes it from the libraries in the image (ldd, then dpkg -S), which finds
  # only packages installed on this machine: where GTK is not, libgtk-3-0 silently drops out.
  # linux.package.deps (libgtk-3-0, for JavaFX's windows) is named outright; jpackage adds the
  # computed ones to it. The smoke test checks both. FieldReport.desktop in installers/linux/ is
  # the menu entry's template.
  "$jdk_bin/jpackage" --type deb --dest "$out" --temp "$work/jpackage-deb" \
    --app-image "$image" --name "$name" --app-version "$version" --vendor "$prop_vendor" \
    --description "$prop_description" --copyright "$prop_copyright" \
    --icon "$root/installers/icons/fieldreport.png" \
    --resource-dir "$root/installers/linux" \
    --linux-package-name "$prop_linux_package" --linux-deb-maintainer "$prop_maintainer" \
    --linux-menu-group "$prop_linux_menu_group" --linux-app-category "$prop_linux_category" \
    --linux-package-deps "$prop_linux_package_deps" \
    --linux-app-release 1 --linux-shortcut --verbose > "$work/jpackage-deb.log" 2>&1 \
    || { tail -30 "$work/jpackage-deb.log" >&2; die "jpackage could not make the .deb (log: $work/jpackage-deb.log)"; }
fi
step "done"

echo
echo "app image   $image  ($(size_mb "$image") on disk; built in ${image_done} s)"
echo "            $tarball  ($(size_mb "$tarball"))"
if [ "$make_deb" = yes ]; then
  deb="$(ls "$out"/*.deb)"
  echo ".deb        $deb  ($(size_mb "$deb"); $((SECONDS - image_done)) s more)"
fi
echo "runtime     $(sed -n 's/^MODULES="\(.*\)"/\1/p' "$image/lib/runtime/release")"
echo "QA bundle   $root/installers/target/mock-web-qa/ and mock-web-qa.zip"

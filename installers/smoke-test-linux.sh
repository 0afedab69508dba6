#!/usr/bin/env bash
# Smoke test of the Linux installers, as an inspector's laptop would meet them: builds the app image
# and the .deb (installers/build-linux.sh), runs the packaged launcher's --self-check headless
# against throwaway profiles, reads the .deb's metadata and contents, unpacks it into a scratch
# root and runs that launcher too, and starts the mock-web QA bundle. Fails loudly, naming each
# thing that is wrong.
#
#   installers/smoke-test-linux.sh               build, then check (about 2 minutes)
#   installers/smoke-test-linux.sh --no-maven    build-linux.sh --no-maven: after ./mvnw verify (CI)
#   installers/smoke-test-linux.sh --no-build    check what installers/target/linux/ already holds
#   installers/smoke-test-linux.sh --require-all fail instead of skipping checks whose tools are missing
#
# Uses: Xvfb (or a DISPLAY) for the full JavaFX start, fakeroot and dpkg-deb for the .deb, curl,
# and the JDK's jimage and javap (JAVA_HOME or the PATH) to look inside the runtime.
#   apt-get install -y xvfb libgtk-3-0 fakeroot curl
# Nothing is installed on this machine and nothing is written outside installers/target/ and /tmp.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/installers/target/linux"
qa="$root/installers/target/mock-web-qa"

build=yes
build_args=()
require_all=no
while [ $# -gt 0 ]; do
  case "$1" in
    --no-maven) build_args+=(--no-maven) ;;
    --no-build) build=no ;;
    --require-all) require_all=yes ;;
    -h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"; exit 0 ;;
    *) echo "smoke-test-linux: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

passes=0
failures=0
skips=0
pass() { echo "ok      $*"; passes=$((passes + 1)); }
fail() { echo "FAIL    $*"; failures=$((failures + 1)); }
skip() {
  if [ "$require_all" = yes ]; then
    fail "$* (--require-all)"
  else
    echo "SKIPPED $*"
    skips=$((skips + 1))
  fi
}
# check DESCRIPTION COMMAND...: passes when the command succeeds.
check() {
  local what="$1"
  shift
  if "$@"; then pass "$what"; else fail "$what"; fi
}
contains() { grep -qF -- "$2" <<<"$1"; }
has_tool() { command -v "$1" >/dev/null 2>&1; }

tmp="$(mktemp -d -t fieldreport-smoke.XXXXXX)"
xvfb_pid=""
web_pid=""
cleanup() {
  [ -n "$web_pid" ] && kill "$web_pid" 2>/dev/null
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT
# JavaFX and the default profile location follow user.home, which Java takes from the passwd entry,
# not from $HOME: point it at scratch space so the test never touches a real profile or cache.
export JAVA_TOOL_OPTIONS="-Duser.home=$tmp/home"
mkdir -p "$tmp/home"

# ---- build -------------------------------------------------------------------------------------
deb_tools=yes
for tool in fakeroot dpkg-deb; do has_tool "$tool" || deb_tools=no; done
if [ "$build" = yes ]; then
  [ "$deb_tools" = yes ] || build_args+=(--app-image-only)
  echo "== building: installers/build-linux.sh ${build_args[*]:-}"
  if ! "$root/installers/build-linux.sh" ${build_args[@]+"${build_args[@]}"}; then
    echo "FAIL    installers/build-linux.sh failed: nothing to test" >&2
    exit 1
  fi
fi
built_at=$SECONDS
image="$out/FieldReport"
launcher="$image/bin/FieldReport"
[ -x "$launcher" ] || { echo "FAIL    no app image at $image: build first" >&2; exit 1; }
# The version every check compares with is the root pom's own <version> (the project's, indented
# two spaces: the root pom has no parent), not anything the build derived from it.
pom_version="$(sed -n 's#^  <version>\(.*\)</version>$#\1#p' "$root/pom.xml" | head -n 1)"
[ -n "$pom_version" ] || { echo "FAIL    cannot read the project's <version> from $root/pom.xml" >&2; exit 1; }
package_version="${pom_version%%-*}"
cfg_version="$(sed -n 's/^java-options=-Djpackage.app-version=//p' "$image/lib/app/FieldReport.cfg")"

# ---- a display for the full JavaFX start ------------------------------------------------------
display="${DISPLAY:-}"
if [ -z "$display" ] && has_tool Xvfb; then
  n=90
  while [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done
  Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 1 100); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
  [ -e "/tmp/.X11-unix/X$n" ] && display=":$n"
fi

# self_check LAUNCHER ARGS...: runs the self-check with a display; output in $sc_out, code in $sc_rc.
self_check() {
  sc_out="$(DISPLAY="$display" timeout 120 "$@" 2>&1)"
  sc_rc=$?
}
report() { echo "$sc_out" | grep -v '^Picked up JAVA_TOOL_OPTIONS' | sed 's/^/        | /'; }
# device_id: the profile's identity in the last self-check's profile line ("device lap-…,").
device_id() { sed -n 's/^ok  *profile .*, device \([^ ,]*\),.*/\1/p' <<<"$sc_out"; }
# written_into DIR MARKER: up to five files or folders under DIR changed after MARKER was touched.
written_into() { find "$1" -newer "$2" | head -5 | tr '\n' ' ' | sed 's/ $//'; }

echo "== the app image: $image"
check "the launcher bin/FieldReport is there and executable" test -x "$launcher"
check "the icon lib/FieldReport.png is there" test -s "$image/lib/FieldReport.png"
check "the runtime has no header files, man pages or java commands (jlink --no-header-files --no-man-pages --strip-native-commands)" \
  test ! -e "$image/lib/runtime/include" -a ! -e "$image/lib/runtime/man" -a ! -e "$image/lib/runtime/bin"
modules="$(sed -n 's/^MODULES="\(.*\)"/\1/p' "$image/lib/runtime/release")"
missing=""
for m in java.base java.desktop java.sql javafx.controls javafx.graphics jdk.httpserver jdk.crypto.ec; do
  contains " $modules " " $m " || missing="$missing $m"
done
check "the runtime has the modules the app needs (missing:${missing:- none})" test -z "$missing"
count="$(wc -w <<<"$modules" | tr -d ' ')"
check "the runtime is trimmed: $count modules, not a whole JDK (about 70)" test "$count" -le 25
check "JavaFX's native libraries are files of the runtime (lib/libglass.so, libglassgtk3.so, libprism_sw.so)" \
  test -f "$image/lib/runtime/lib/libglass.so" -a -f "$image/lib/runtime/lib/libglassgtk3.so" -a -f "$image/lib/runtime/lib/libprism_sw.so"
check "JavaFX is only in the runtime, not on the class path as well" test -z "$(ls "$image/lib/app" | grep '^javafx-')"
check "the app's jar desktop-app-$pom_version.jar is on the class path" test -f "$image/lib/app/desktop-app-$pom_version.jar"
check "the app image's version (FieldReport.cfg: ${cfg_version:-none}) is the pom's $pom_version without -SNAPSHOT" \
  test "$cfg_version" = "$package_version"

# jlink --strip-debug: the runtime's classes carry no line numbers. One class from the JDK's modules
# and one from JavaFX's (the jmods made from the Maven jars), read with the JDK's jimage and javap.
jdk_tool() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/$1" ]; then echo "$JAVA_HOME/bin/$1"; else command -v "$1"; fi
}
jimage="$(jdk_tool jimage)"
javap="$(jdk_tool javap)"
if [ -n "$jimage" ] && [ -n "$javap" ]; then
  stripped="$tmp/runtime-classes"
  "$jimage" extract --dir "$stripped" \
    --include 'regex:/(java\.base/java/lang/String|javafx\.graphics/javafx/application/Platform)\.class' \
    "$image/lib/runtime/lib/modules"
  debug=""
  for class in java.base/java/lang/String.class javafx.graphics/javafx/application/Platform.class; do
    if [ ! -f "$stripped/$class" ]; then
      debug="$debug $class (not in lib/modules)"
    elif "$javap" -l "$stripped/$class" | grep -qE 'LineNumberTable|LocalVariableTable'; then
      debug="$debug $class"
    fi
  done
  check "the runtime's classes have no debug attributes, LineNumberTable and LocalVariableTable (jlink --strip-debug; with them:${debug:- none})" \
    test -z "$debug"
else
  skip "the runtime's classes without debug attributes: the JDK's jimage or javap was not found (set JAVA_HOME to a JDK)"
fi

echo "== the app image's launcher: --self-check"
touch "$tmp/before-runs"
if [ -n "$display" ]; then
  self_check "$launcher" --self-check --profile "$tmp/profile"
  report
  check "--self-check with a display exits 0" test "$sc_rc" = 0
  check "it created the profile and its database" test -f "$tmp/profile/fieldreport.db"
  check "it started the JavaFX toolkit and rendered text" contains "$sc_out" "toolkit started"
  check "JavaFX came from the bundled runtime's modules" contains "$sc_out" "(module javafx.graphics in the runtime image)"
  check "it ran on the bundled runtime, not a Java of this machine" contains "$sc_out" "at $image/lib/runtime,"
  check "it says the pom's version ($pom_version)" contains "$sc_out" "FieldReport $pom_version self-check"
  first_device="$(device_id)"
  self_check "$launcher" --self-check --profile "$tmp/profile"
  again_device="$(device_id)"
  check "a second run opens the same profile again, as after an upgrade: exit $sc_rc, not created anew, the same device id (${first_device:-none}, then ${again_device:-none})" \
    test "$sc_rc" = 0 -a -z "$(grep -F '(created)' <<<"$sc_out")" -a -n "$first_device" -a "$first_device" = "$again_device"
else
  skip "the full JavaFX start: no DISPLAY and no Xvfb (apt-get install -y xvfb libgtk-3-0)"
fi
sc_out="$(env -u DISPLAY -u WAYLAND_DISPLAY timeout 120 "$launcher" --self-check --profile "$tmp/profile-headless" 2>&1)"
sc_rc=$?
report
check "--self-check without any display exits 0 and says the window system was not checked" \
  test "$sc_rc" = 0 -a -n "$(grep -F 'there is no display' <<<"$sc_out")"
sc_out="$(env -u DISPLAY -u WAYLAND_DISPLAY XDG_DATA_HOME="$tmp/xdg" timeout 120 "$launcher" --self-check 2>&1)"
sc_rc=$?
check "without --profile the data folder is the per-user one (\$XDG_DATA_HOME/fieldreport), outside the install folder" \
  test "$sc_rc" = 0 -a -f "$tmp/xdg/fieldreport/fieldreport.db"
touch "$tmp/not-a-folder"
sc_out="$(env -u DISPLAY -u WAYLAND_DISPLAY timeout 120 "$launcher" --self-check --profile "$tmp/not-a-folder" 2>&1)"
sc_rc=$?
check "a profile it cannot open fails the self-check with exit 1 and says FAILED" \
  test "$sc_rc" = 1 -a -n "$(grep -F 'FAILED  profile' <<<"$sc_out")"
written="$(written_into "$image" "$tmp/before-runs")"
check "running the app wrote nothing into the install folder${written:+: $written}" test -z "$written"
check "JavaFX unpacked nothing into the home folder (~/.openjfx)" test ! -e "$tmp/home/.openjfx"

echo "== the .deb"
deb="$(ls "$out"/*.deb 2>/dev/null | head -n 1)"
if [ "$deb_tools" = no ]; then
  skip "the .deb: fakeroot or dpkg-deb is missing (apt-get install -y fakeroot)"
elif [ -z "$deb" ]; then
  fail "no .deb in $out"
else
  field() { dpkg-deb -f "$deb" "$1"; }
  info="$(dpkg-deb -I "$deb")"
  echo "$info" | sed -n '/Package:/,$p' | cut -c1-160 | sed 's/^/        | /'
  check "Package: fieldreport" test "$(field Package)" = fieldreport
  check "Version: $(field Version), the pom's $pom_version as $package_version-1" test "$(field Version)" = "$package_version-1"
  check "Maintainer names the vendor and an address ($(field Maintainer))" \
    test -n "$(grep -E '^FieldReport <[^@ ]+@[^@ ]+>$' <<<"$(field Maintainer)")"
  check "Architecture: amd64" test "$(field Architecture)" = amd64
  check "Description is set" test -n "$(field Description)"
  depends="$(field Depends | tr -d ' ' | tr ',' '\n')"
  # libgtk-3-0 is named by build-linux.sh; xdg-utils and libc6 come from what jpackage computes.
  check "Depends includes libgtk-3-0 (JavaFX's windows)" test -n "$(grep -x 'libgtk-3-0' <<<"$depends")"
  check "Depends includes xdg-utils (the menu entry)" test -n "$(grep -x 'xdg-utils' <<<"$depends")"
  check "Depends keeps the dependencies jpackage computes from the image's libraries (libc6 among $(grep -c . <<<"$depends"))" \
    test -n "$(grep -x 'libc6' <<<"$depends")"
  contents="$(dpkg-deb -c "$deb" | awk '{print $NF}')"
  for f in ./opt/fieldreport/bin/FieldReport ./opt/fieldreport/lib/fieldreport-FieldReport.desktop \
           ./opt/fieldreport/lib/FieldReport.png ./opt/fieldreport/lib/runtime/lib/libglass.so; do
    check "contains $f" test -n "$(grep -xF "$f" <<<"$contents")"
  done
  outside="$(grep -v '^\./$' <<<"$contents" | grep -v '^\./opt/$' | grep -v '^\./opt/fieldreport' | head -3)"
  check "installs nothing outside /opt/fieldreport${outside:+: $outside}" test -z "$outside"
  mkdir -p "$tmp/control"
  dpkg-deb -e "$deb" "$tmp/control"
  check "postinst adds the menu entry (xdg-desktop-menu install)" grep -q "xdg-desktop-menu install" "$tmp/control/postinst"
  check "prerm removes the menu entry (xdg-desktop-menu uninstall)" grep -q "xdg-desktop-menu uninstall" "$tmp/control/prerm"
  # A machine without a desktop menu system makes xdg-desktop-menu exit 3; installing and removing
  # must succeed all the same (jpackage's own scripts would leave the package half-installed).
  mkdir -p "$tmp/failing-xdg"
  printf '#!/bin/sh\nexit 3\n' > "$tmp/failing-xdg/xdg-desktop-menu"
  chmod +x "$tmp/failing-xdg/xdg-desktop-menu"
  check "postinst configure succeeds when the menu cannot be updated" \
    env PATH="$tmp/failing-xdg:$PATH" sh "$tmp/control/postinst" configure
  check "prerm remove succeeds when the menu cannot be updated" \
    env PATH="$tmp/failing-xdg:$PATH" sh "$tmp/control/prerm" remove
  check "no maintainer script touches the inspector's data (no home, .local, fieldreport.db)" \
    test -z "$(cat "$tmp/control"/*inst "$tmp/control"/*rm | grep -v '^[[:space:]]*#' | grep -E 'HOME|\.local|fieldreport\.db|/home/')"

  echo "== the .deb unpacked into a scratch root (dpkg -x)"
  dpkg -x "$deb" "$tmp/root"
  touch "$tmp/before-deb-runs"
  desktop="$tmp/root/opt/fieldreport/lib/fieldreport-FieldReport.desktop"
  check "the menu entry starts /opt/fieldreport/bin/FieldReport" grep -qx "Exec=/opt/fieldreport/bin/FieldReport" "$desktop"
  check "the menu entry's icon is in the package" test -s "$tmp/root$(sed -n 's/^Icon=//p' "$desktop")"
  check "the menu entry groups the window with it (StartupWMClass=io.fieldreport.desktop.App)" \
    grep -qx "StartupWMClass=io.fieldreport.desktop.App" "$desktop"
  check "the menu entry is listed under Office" grep -q "^Categories=Office" "$desktop"
  if has_tool desktop-file-validate; then
    check "desktop-file-validate accepts the menu entry" desktop-file-validate "$desktop"
  else
    echo "        (desktop-file-validate not installed: apt-get install -y desktop-file-utils to check the entry's syntax)"
  fi
  # Without a display this is the headless self-check; the JavaFX start is checked only with one.
  self_check "$tmp/root/opt/fieldreport/bin/FieldReport" --self-check --profile "$tmp/profile-from-deb"
  report
  check "the unpacked package's launcher passes --self-check on its own runtime" \
    test "$sc_rc" = 0 -a -n "$(grep -F "at $tmp/root/opt/fieldreport/lib/runtime," <<<"$sc_out")"
  if [ -n "$display" ]; then
    check "it started the JavaFX toolkit and rendered text" contains "$sc_out" "toolkit started"
  else
    skip "the unpacked package's JavaFX start with a display: no DISPLAY and no Xvfb"
  fi
  written="$(written_into "$tmp/root/opt/fieldreport" "$tmp/before-deb-runs")"
  check "running it wrote nothing into its install folder /opt/fieldreport${written:+: $written}" test -z "$written"
  # A reinstall replaces every file under /opt/fieldreport and leaves the profile: the profile (its
  # database, and so the device id the web knows this laptop by) must come through as it was.
  deb_device="$(device_id)"
  rm -rf "$tmp/root"
  dpkg -x "$deb" "$tmp/root"
  self_check "$tmp/root/opt/fieldreport/bin/FieldReport" --self-check --profile "$tmp/profile-from-deb"
  reinstalled_device="$(device_id)"
  check "after a reinstall (unpacked anew) it opens the same profile with the same device id (${deb_device:-none}, then ${reinstalled_device:-none})" \
    test "$sc_rc" = 0 -a -z "$(grep -F '(created)' <<<"$sc_out")" -a -n "$deb_device" -a "$deb_device" = "$reinstalled_device"
fi

echo "== the mock-web QA bundle: $qa"
for f in mock-web.jar start-mock-web.sh start-mock-web.cmd README.md QA.md; do
  check "contains $f" test -s "$qa/$f"
done
check "start-mock-web.sh is executable" test -x "$qa/start-mock-web.sh"
check "start-mock-web.cmd has Windows line ends" test -n "$(head -n 1 "$qa/start-mock-web.cmd" | tr -d '\n' | grep $'\r$')"
zip_list="$(unzip -Z1 "$qa.zip" 2>/dev/null || jar tf "$qa.zip" 2>/dev/null)"
check "mock-web-qa.zip unpacks to one mock-web-qa/ folder with the start scripts" \
  test -n "$(grep -x 'mock-web-qa/start-mock-web.sh' <<<"$zip_list")" -a -z "$(grep -v '^mock-web-qa/' <<<"$zip_list")"
if has_tool curl; then
  "$qa/start-mock-web.sh" --port 0 --data "$tmp/web-data" >"$tmp/web.log" 2>&1 &
  web_pid=$!
  url=""
  for _ in $(seq 1 300); do
    url="$(sed -n 's/^listening on //p' "$tmp/web.log")"
    [ -n "$url" ] && break
    kill -0 "$web_pid" 2>/dev/null || break
    sleep 0.1
  done
  check "start-mock-web.sh starts mock-web (listening on ${url:-nothing})" test -n "$url"
  check "its data goes where --data says" test -f "$tmp/web-data/web.db"
  check "its demo data and QA admin token are the defaults" grep -q "admin token: qa-admin" "$tmp/web.log"
  health="$(curl -fsS "${url:-http://127.0.0.1:1}/api/health" 2>&1)"
  check "GET /api/health answers ok ($health)" contains "$health" '"status":"ok"'
  kill "$web_pid"
  wait "$web_pid" 2>/dev/null
  web_pid=""
  check "it stops cleanly on SIGTERM" grep -q "^stopped" "$tmp/web.log"
else
  skip "starting the QA bundle's mock-web: curl is missing"
fi
mkdir -p "$tmp/no-java-bin"
for tool in sh dirname sed cut head; do ln -s "$(command -v "$tool")" "$tmp/no-java-bin/$tool"; done
no_java="$(env -u JAVA_HOME PATH="$tmp/no-java-bin" "$qa/start-mock-web.sh" 2>&1)"
no_java_rc=$?
check "without Java, start-mock-web.sh exits 1 and says what to install" \
  test "$no_java_rc" = 1 -a -n "$(grep -F 'Java was not found' <<<"$no_java")"

echo
echo "checks took $((SECONDS - built_at)) s after $built_at s of building"
# The closing line in the plain "N passed, N failed" form CI reads for any test runner.
if [ "$skips" -gt 0 ]; then
  echo "smoke: $passes passed, $failures failed, $skips skipped"
else
  echo "smoke: $passes passed, $failures failed"
fi
[ "$failures" -eq 0 ] || { echo "the smoke test FAILED: see the lines marked FAIL above" >&2; exit 1; }

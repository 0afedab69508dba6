#!/usr/bin/env bash
# Builds FieldReport for macOS with its own Java runtime: FieldReport.app and a .dmg. Run on a Mac,
# from a clean checkout:
#
#   installers/build-macos.sh                     FieldReport.app and FieldReport-VERSION.dmg in installers/target/macos/
#   installers/build-macos.sh --app-image-only    only FieldReport.app
#   installers/build-macos.sh --no-maven          use what the last Maven build staged
#   installers/build-macos.sh --app-version 1.2.0 another version than the pom's without -SNAPSHOT
#   installers/build-macos.sh --skip-self-check   make the .dmg even if FieldReport.app --self-check fails
#
# Needs a JDK 17+ for this Mac's processor (JAVA_HOME, or /usr/libexec/java_home -v 17+ finds it);
# jpackage makes the .dmg with the hdiutil macOS has. To sign, set MAC_SIGNING_IDENTITY to the
# certificate's name after "Developer ID Application: " (in the keychain); unsigned, Gatekeeper asks
# before the first start. The version is the pom's, as for the .deb and .msi; macOS refuses one whose
# first number is 0 (0.9.0), so the pom stays at 1.x or later. The same steps and settings as
# build-linux.sh; CI cannot run this one (no Mac): keep the two in step.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
staging="$root/installers/target/jpackage"
out="$root/installers/target/macos"
work="$out/work"
. "$root/installers/lib/common.sh"

make_dmg=yes
run_maven=yes
self_check=yes
app_version=""
while [ $# -gt 0 ]; do
  case "$1" in
    --app-image-only) make_dmg=no ;;
    --no-maven) run_maven=no ;;
    --skip-self-check) self_check=no ;;
    --app-version) [ $# -ge 2 ] || die "--app-version needs a value"; app_version="$2"; shift ;;
    -h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"; exit 0 ;;
    *) die "unknown option $1 (see --help)" ;;
  esac
  shift
done

[ "$(uname -s)" = Darwin ] || die "this builds the macOS app and .dmg and runs on macOS only; on Linux use build-linux.sh"
find_jdk
[ "$run_maven" = yes ] && stage
read_properties vendor description copyright main.jar main.class mac.identifier mac.category
name="$prop_name"
version="$(numeric_version "${app_version:-$prop_version}")"
# CFBundleVersion: jpackage stops with "The first number in an app-version cannot be zero".
[ "${version%%.*}" != 0 ] \
  || die "macOS does not take the version $version (its first number is 0): the .deb and .msi get the same version, so raise the pom's <version> to 1.x rather than passing another one here"
signing=()
if [ -n "${MAC_SIGNING_IDENTITY:-}" ]; then
  signing=(--mac-sign --mac-signing-key-user-name "$MAC_SIGNING_IDENTITY")
fi
rm -rf "$out"
mkdir -p "$work"

javafx_jmods "$work/jmods"
modules="$(runtime_modules)"
link_runtime "$work/jmods" "$modules" "$work/runtime"

step "jpackage: $name.app $version"
"$jdk_bin/jpackage" --type app-image --dest "$out" --temp "$work/jpackage-app-image" \
  --name "$name" --app-version "$version" --vendor "$prop_vendor" \
  --description "$prop_description" --copyright "$prop_copyright" \
  --icon "$root/installers/icons/fieldreport.icns" \
  --runtime-image "$work/runtime" \
  --input "$staging/app" --main-jar "$prop_main_jar" --main-class "$prop_main_class" \
  --mac-package-identifier "$prop_mac_identifier" --mac-package-name "$name" \
  --mac-app-category "$prop_mac_category" ${signing[@]+"${signing[@]}"}
app="$out/$name.app"
image_done=$SECONDS

# The self-check on the Mac that built it: the profile in a scratch folder, JavaFX for real.
if [ "$self_check" = yes ]; then
  step "$name.app --self-check"
  check_profile="$(mktemp -d -t fieldreport-self-check)"
  "$app/Contents/MacOS/$name" --self-check --profile "$check_profile/profile" \
    || die "$name.app failed its self-check (above); not making the .dmg (--skip-self-check to make it anyway)"
  rm -rf "$check_profile"
fi

if [ "$make_dmg" = yes ]; then
  step "jpackage: the .dmg"
  "$jdk_bin/jpackage" --type dmg --dest "$out" --temp "$work/jpackage-dmg" \
    --app-image "$app" --name "$name" --app-version "$version" --vendor "$prop_vendor" \
    --description "$prop_description" --copyright "$prop_copyright" \
    --icon "$root/installers/icons/fieldreport.icns" \
    --mac-package-identifier "$prop_mac_identifier" --mac-package-name "$name" \
    ${signing[@]+"${signing[@]}"}
fi
step "done"

echo
echo "app         $app  ($(size_mb "$app") on disk; built in ${image_done} s)"
if [ "$make_dmg" = yes ]; then
  dmg="$(ls "$out"/*.dmg)"
  echo ".dmg        $dmg  ($(size_mb "$dmg"); $((SECONDS - image_done)) s more)"
fi
echo "runtime     $(sed -n 's/^MODULES="\(.*\)"/\1/p' "$app/Contents/runtime/Contents/Home/release")"
echo "QA bundle   $root/installers/target/mock-web-qa/ and mock-web-qa.zip"

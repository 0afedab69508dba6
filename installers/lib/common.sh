# The steps build-linux.sh and build-macos.sh share, sourced by both (build-windows.ps1 mirrors them).
# Kept to bash 3.2 and to tools macOS has too: no associative arrays, no readlink -f, no GNU-only flags.
#
#   stage            Maven: the app's class path, the JavaFX jars and fieldreport.properties under
#                    installers/target/jpackage/, and the mock-web QA bundle
#   javafx_jmods     the JavaFX jars as .jmod files whose native libraries are real files, so jlink
#                    puts them in the runtime's lib/ (bin\ on Windows) and JavaFX loads them from there
#                    instead of unpacking copies into ~/.openjfx/cache on first start
#   runtime_modules  what jdeps finds the class path needs, plus extra.modules from the properties
#   link_runtime     jlink: only those modules, no debug attributes, headers, man pages or java commands

# Set by the caller: $root (the repository), $staging ($root/installers/target/jpackage), $work;
# read_properties before javafx_jmods and runtime_modules.

die() {
  echo "$(basename "$0"): $*" >&2
  exit 1
}

# step TEXT: a heading, with the seconds since the script started.
step() {
  echo "== [${SECONDS}s] $*"
}

# resolve PATH: follows symbolic links (Debian's /usr/bin/jpackage -> /etc/alternatives -> the JDK).
resolve() {
  local p="$1" target
  while [ -L "$p" ]; do
    target="$(readlink "$p")"
    case "$target" in
      /*) p="$target" ;;
      *) p="$(dirname "$p")/$target" ;;
    esac
  done
  echo "$p"
}

# The JDK whose jlink and jpackage build the runtime: JAVA_HOME if it has jpackage, else the PATH's,
# else (macOS) what /usr/libexec/java_home finds. Sets jdk_home, jdk_bin, jdk_version, jdk_major.
find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/jpackage" ]; then
    jdk_bin="$JAVA_HOME/bin"
  elif command -v jpackage >/dev/null 2>&1; then
    jdk_bin="$(dirname "$(resolve "$(command -v jpackage)")")"
  elif [ -x /usr/libexec/java_home ] && /usr/libexec/java_home -v 17+ >/dev/null 2>&1; then
    jdk_bin="$(/usr/libexec/java_home -v 17+)/bin"
  else
    die "jpackage was not found: install a JDK 17 or newer (not a JRE) and set JAVA_HOME to it"
  fi
  jdk_home="$(dirname "$jdk_bin")"
  local tool
  for tool in jpackage jlink jdeps jmod jar; do
    [ -x "$jdk_bin/$tool" ] || die "$jdk_bin has jpackage but no $tool: set JAVA_HOME to a full JDK 17 or newer"
  done
  jdk_version="$("$jdk_bin/jlink" --version)"
  jdk_major="${jdk_version%%.*}"
  [ "$jdk_major" -ge 17 ] 2>/dev/null || die "the JDK at $jdk_home is $jdk_version; the installers need 17 or newer"
  [ -f "$jdk_home/jmods/java.base.jmod" ] \
    || die "the JDK at $jdk_home has no jmods/ for jlink (Ubuntu: apt-get install openjdk-17-jmods)"
  export JAVA_HOME="$jdk_home"
}

stage() {
  step "Maven: build the app and stage the jpackage input (tests skipped; CI runs them)"
  (cd "$root" && ./mvnw -B -q -ntp -pl installers -am -DskipTests package) || die "the Maven build failed"
}

# prop KEY: a value from the staged fieldreport.properties; dies when it is missing, empty or was
# not filled in by Maven. Its die ends only the subshell of a $(...), so call it only through
# read_properties, never inside another command's arguments.
prop() {
  local line value
  line="$(grep -m 1 -E "^$(echo "$1" | sed 's/\./\\./g')=" "$staging/fieldreport.properties")" \
    || die "no $1 in $staging/fieldreport.properties"
  value="${line#*=}"
  [ -n "$value" ] || die "$1 is empty in $staging/fieldreport.properties"
  case "$value" in
    *'${'*) die "$1 in $staging/fieldreport.properties is '$value': Maven did not fill it in (installers/pom.xml)" ;;
  esac
  echo "$value"
}

# read_properties KEY...: reads name, version, javafx.version, extra.modules and each KEY given into
# variables named prop_KEY, dots made underscores (prop_main_class), stopping the script at the first
# one missing, so no tool ever runs with an empty value.
read_properties() {
  [ -f "$staging/fieldreport.properties" ] || die "nothing staged in $staging: run without --no-maven"
  local key value
  for key in name version javafx.version extra.modules "$@"; do
    value="$(prop "$key")" || exit 1
    # printf -v, not eval: the value is never parsed as shell code (bash 3.1 and later have it).
    printf -v "prop_$(echo "$key" | tr . _)" '%s' "$value"
  done
}

# numeric_version VERSION: what jpackage accepts, "1.0.0-SNAPSHOT" -> "1.0.0".
numeric_version() {
  local v="${1%%-*}"
  echo "$v" | grep -Eq '^[0-9]+(\.[0-9]+){0,2}$' \
    || die "cannot make a package version (1 to 3 numbers) of '$1': pass --app-version"
  echo "$v"
}

# javafx_jmods OUT: also sets fx_module_path, the modular JavaFX jars for jdeps.
javafx_jmods() {
  local out="$1" jar name module extracted libs
  step "JavaFX jars -> jmods with their native libraries as files"
  ls "$staging"/javafx/javafx-*.jar >/dev/null 2>&1 \
    || die "no JavaFX jars in $staging/javafx/: the Maven build staged none (run without --no-maven, with -am)"
  rm -rf "$out" "$work/javafx-extract"
  mkdir -p "$out"
  fx_module_path=""
  for jar in "$staging"/javafx/javafx-*.jar; do
    name="$(basename "$jar" .jar)"
    extracted="$work/javafx-extract/$name/classes"
    libs="$work/javafx-extract/$name/libs"
    mkdir -p "$extracted" "$libs"
    (cd "$extracted" && "$jdk_bin/jar" xf "$jar")
    # javafx-graphics-21.0.12.jar without a classifier is an empty placeholder: only the OS's
    # jar (javafx-graphics-21.0.12-linux.jar) is a module.
    [ -f "$extracted/module-info.class" ] || continue
    module="$("$jdk_bin/jar" --describe-module --file "$jar" | head -n 1)"
    module="${module%%@*}"
    fx_module_path="$fx_module_path${fx_module_path:+:}$jar"
    find "$extracted" -maxdepth 1 -type f \( -name '*.so' -o -name '*.dylib' -o -name '*.dll' \) \
      -exec mv {} "$libs/" \;
    drop_libraries_the_jdk_has "$libs"
    # javafx-swt.jar is for SWT programs; the manifest and index describe the jar, not the module.
    rm -f "$extracted/javafx-swt.jar" "$extracted/META-INF/MANIFEST.MF" "$extracted/META-INF/INDEX.LIST"
    if [ -n "$(ls "$libs")" ]; then
      "$jdk_bin/jmod" create --class-path "$extracted" --libs "$libs" \
        --module-version "$prop_javafx_version" "$out/$module.jmod"
    else
      "$jdk_bin/jmod" create --class-path "$extracted" --module-version "$prop_javafx_version" "$out/$module.jmod"
    fi
    echo "   $module: $(ls "$libs" | wc -l | tr -d ' ') native libraries"
  done
  [ -f "$out/javafx.graphics.jmod" ] || die "no javafx.graphics module among $staging/javafx/*.jar"
}

# drop_libraries_the_jdk_has DIR: JavaFX for Windows brings the Microsoft C runtime (vcruntime140.dll,
# msvcp140.dll, ucrtbase.dll, api-ms-win-*.dll), which the JDK's java.base has too; jlink refuses two
# modules with the same library ("Duplicate resources"), so the JDK's copy is the one that stays.
drop_libraries_the_jdk_has() {
  local lib name
  if [ -z "${jdk_natives:-}" ]; then
    jdk_natives="$("$jdk_bin/jmod" list "$jdk_home/jmods/java.base.jmod" | sed -n -e 's#^lib/##p' -e 's#^bin/##p')"
  fi
  for lib in "$1"/*; do
    [ -e "$lib" ] || continue
    name="$(basename "$lib")"
    if echo "$jdk_natives" | grep -qxF "$name"; then
      rm -f "$lib"
      echo "   $name: the JDK's copy is used"
    fi
  done
}

# runtime_modules: the comma-separated modules the runtime gets (after javafx_jmods).
runtime_modules() {
  local found
  # --ignore-missing-deps: OkHttp and Kotlin refer to optional libraries (Android, Conscrypt,
  # BouncyCastle) that are not there and never loaded; they are no module of the JDK either.
  found="$("$jdk_bin/jdeps" --multi-release "$jdk_major" --ignore-missing-deps --print-module-deps \
    --module-path "$fx_module_path" "$staging"/app/*.jar)" || die "jdeps failed"
  echo "$found,$prop_extra_modules"
}

link_runtime() {
  local jmods="$1" modules="$2" out="$3"
  step "jlink: a runtime of $modules"
  rm -rf "$out"
  "$jdk_bin/jlink" --module-path "$jmods" --add-modules "$modules" \
    --strip-debug --no-header-files --no-man-pages --strip-native-commands \
    --output "$out" || die "jlink failed"
}

# size_mb PATH: a file's size, or the disk space a folder takes, in MB (1 MB = 1,000,000 bytes).
size_mb() {
  local bytes
  if [ -d "$1" ]; then
    bytes=$(( $(du -sk "$1" | cut -f1) * 1024 ))
  else
    bytes="$(wc -c < "$1" | tr -d ' ')"
  fi
  awk -v b="$bytes" 'BEGIN { printf "%.1f MB", b / 1000000 }'
}

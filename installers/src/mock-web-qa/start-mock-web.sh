#!/bin/sh
# Starts FieldReport's mock web for QA (Linux and macOS), in the foreground until Ctrl+C.
#   ./start-mock-web.sh                      port 8080, data in ./web-data beside this script, demo data,
#                                            admin token qa-admin (the settings QA.md uses)
#   ./start-mock-web.sh --port 9090 --latency-ms 500
# Any mock-web flag passes through (./start-mock-web.sh --help lists them); --port, --data, --seed
# and --admin-token replace the defaults above. Needs Java 17 or newer: JAVA_HOME, or java on the PATH.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"

if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  java="$JAVA_HOME/bin/java"
elif command -v java >/dev/null 2>&1; then
  java="$(command -v java)"
else
  echo "start-mock-web: Java was not found. mock-web needs Java 17 or newer: install it" >&2
  echo "  (Debian/Ubuntu: sudo apt install openjdk-17-jre-headless; macOS: brew install openjdk@17," >&2
  echo "  or https://adoptium.net) and start again, or set JAVA_HOME to where it is installed." >&2
  exit 1
fi

# "17.0.15" -> 17, "1.8.0_392" -> 8: an older Java would only say UnsupportedClassVersionError.
version="$("$java" -version 2>&1 | sed -n 's/.* version "\([^"]*\)".*/\1/p' | head -n 1)"
major="${version%%.*}"
[ "$major" = "1" ] && major="$(echo "$version" | cut -d. -f2)"
case "$major" in
  ''|*[!0-9]*) echo "start-mock-web: cannot tell the version of $java; trying anyway" >&2 ;;
  *) if [ "$major" -lt 17 ]; then
       echo "start-mock-web: $java is Java $version; mock-web needs Java 17 or newer (set JAVA_HOME to one)." >&2
       exit 1
     fi ;;
esac

has() {
  flag="$1"; shift
  for a in "$@"; do
    case "$a" in "$flag"|"$flag"=*) return 0 ;; esac
  done
  return 1
}
defaults=""
has --port "$@" || defaults="$defaults --port 8080"
has --seed "$@" || defaults="$defaults --seed demo"
has --admin-token "$@" || defaults="$defaults --admin-token qa-admin"
if has --data "$@"; then
  exec "$java" -jar "$here/mock-web.jar" $defaults "$@"
fi
exec "$java" -jar "$here/mock-web.jar" $defaults --data "$here/web-data" "$@"

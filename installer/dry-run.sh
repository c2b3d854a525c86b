#!/usr/bin/env bash
# Shows the commands `./mvnw -Pinstaller package` would run on another OS, on this machine: a
# stand-in jpackage (and codesign and xcrun) prints each command instead of running it and makes
# the file the real one would, so the steps after it run too. (It replaces target/installer.)
#
#   installer/dry-run.sh windows
#   MAC_SIGNING_IDENTITY="Example Ltd (AB12CD34EF)" MAC_NOTARY_APPLE_ID=a@example.com \
#     MAC_NOTARY_PASSWORD=x MAC_NOTARY_TEAM_ID=AB12CD34EF installer/dry-run.sh macos
set -euo pipefail
os=${1:?usage: installer/dry-run.sh linux|windows|macos}
cd "$(dirname "$0")/.."
stub=$(mktemp -d)
trap 'rm -rf "$stub"' EXIT
mkdir -p "$stub/jdk/bin" "$stub/bin"
cat > "$stub/jdk/bin/jpackage" <<'STUB'
#!/usr/bin/env bash
[ "$1" = "--version" ] && { echo "stand-in"; exit 0; }
printf '\n>'; printf ' %q' jpackage "$@"; printf '\n\n'
while [ $# -gt 0 ]; do
  case "$1" in --type) type=$2; shift;; --dest) dest=$2; shift;; --name) name=$2; shift;;
               --app-version) version=$2; shift;; esac
  shift
done
case $type in
  app-image) mkdir -p "$dest/$name" ;;
  dmg|msi) touch "$dest/$name-$version.$type" ;;
esac
STUB
cp "$stub/jdk/bin/jpackage" "$stub/jdk/bin/jpackage.exe"
for tool in codesign xcrun; do
  printf '#!/usr/bin/env bash\nprintf "\\n>"; printf " %%q" %s "$@"; printf "\\n\\n"\n' "$tool" > "$stub/bin/$tool"
done
chmod +x "$stub/jdk/bin/"* "$stub/bin/"*
PATH="$stub/bin:$PATH" ./mvnw -B -Pinstaller -DskipTests -Dinstaller.os="$os" \
  -Djpackage.home="$stub/jdk" package \
  | sed -n -e 's/^\[[A-Z]*\] *\[\(exec\|echo\)\] //p' -e '/BUILD\|ERROR/p'

#!/usr/bin/env bash
# Installer check (Debian/Ubuntu): builds the .deb, installs it with apt-get, runs the installed app's command line
# on a throw-away vault and home folder (create a case, import a scanned page, OCR it, search a word from it), then
# removes the package. Exits non-zero on the first failure. Needs root or sudo, jpackage, fakeroot and dpkg-deb.
#
#   installer/check-deb.sh            build, install, smoke test, remove
#   SKIP_BUILD=1 installer/check-deb.sh   reuse target/installer/*.deb
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
PACKAGE=hardship-binder
LAUNCHER=/opt/hardship-binder/bin/hardship-binder
SMOKE_PAGE=installer/smoke/clinic-letter.png

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'check-deb: FAILED: %s\n' "$*" >&2; exit 1; }

for tool in jpackage fakeroot dpkg-deb apt-get; do
  command -v "$tool" >/dev/null || fail "$tool is missing"
done

# --- build -------------------------------------------------------------------------------------------------------
if [ "${SKIP_BUILD:-}" != "1" ]; then
  step "building the .deb (./mvnw -Pinstaller package)"
  TIMEFORMAT='packaging (jar, trimmed runtime, .deb) took %0R s: %0U s user and %0S s system CPU'
  time ./mvnw -B -q -DskipTests -Pinstaller package || fail "the package build failed"
fi
deb=$(ls target/installer/${PACKAGE}_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || fail "no .deb in target/installer"

step "package facts"
deb_bytes=$(stat -c %s "$deb")
installed_kib=$(dpkg-deb -f "$deb" Installed-Size)
depends=$(dpkg-deb -f "$deb" Depends)
awk -v name="$(basename "$deb")" -v b="$deb_bytes" -v k="$installed_kib" \
  'BEGIN { printf "%s: %.1f MB .deb, %.1f MB installed\n", name, b / 1e6, k * 1024 / 1e6 }'
# The desktop libraries JavaFX loads from inside the jar, which jpackage cannot see: they must be declared.
for dep in libgtk-3-0 libxtst6 libpangoft2-1.0-0 libfreetype6 fontconfig; do
  grep -qE "(^|[ ,])$dep([ ,(]|$)" <<<"$depends" || fail "the .deb does not depend on $dep"
done
echo "declares: libgtk-3-0 libxtst6 libpangoft2-1.0-0 libfreetype6 fontconfig"
# The trimmed runtime must hold every module the jar uses (jdeps), or the installed app fails on first use.
jar=target/installer-input/hardship-binder.jar
needed=$("${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}/bin/jdeps" \
  --multi-release 17 --print-module-deps --ignore-missing-deps "$jar")
runtime_modules=$(dpkg-deb --fsys-tarfile "$deb" | tar -xOf - ./opt/hardship-binder/lib/runtime/release \
  | sed -n 's/^MODULES="\(.*\)"/\1/p')
for module in ${needed//,/ }; do
  grep -qw -- "$module" <<<"$runtime_modules" \
    || fail "the runtime lacks $module, which jdeps finds in the jar: add it to installer.modules in pom.xml"
done
echo "runtime modules cover jdeps' list: $needed"

# --- install -----------------------------------------------------------------------------------------------------
work=$(mktemp -d)
remove_package() {
  if dpkg-query -W -f='${Status}' "$PACKAGE" 2>/dev/null | grep -q "install ok installed"; then
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get remove -y -qq "$PACKAGE" >/dev/null
  fi
  rm -rf "$work"
}
trap remove_package EXIT

step "apt-get install ./$deb"
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "./$deb" >"$work/apt.log" 2>&1 \
  || { cat "$work/apt.log"; fail "apt-get install"; }
[ -x "$LAUNCHER" ] || fail "$LAUNCHER is missing"
ls /usr/share/applications/*hardship-binder*.desktop >/dev/null 2>&1 || fail "no menu entry in /usr/share/applications"
[ -f /opt/hardship-binder/lib/hardship-binder.png ] || fail "no icon"
command -v hardship-binder >/dev/null || fail "hardship-binder is not on the PATH"
echo "installed: $LAUNCHER, menu entry, icon, hardship-binder on the PATH"

# --- the class-data-sharing archive postinst made (docs/decisions/0007-startup-class-data-sharing.md) ------------
step "start-up archive"
ARCHIVE=/opt/hardship-binder/lib/app/hardship-binder.jsa
[ -s "$ARCHIVE" ] || { cat "$work/apt.log"; fail "postinst made no class-data-sharing archive ($ARCHIVE)"; }
[ ! -e "$ARCHIVE.new" ] || fail "a half-made archive was left behind"
grep -q 'SharedArchiveFile=$APPDIR/hardship-binder.jsa' /opt/hardship-binder/lib/app/hardship-binder.cfg \
  || fail "the launcher's options do not name the archive"
# -Xshare:on refuses to start instead of running without an archive it cannot use
_JAVA_OPTIONS=-Xshare:on "$LAUNCHER" --help >/dev/null 2>"$work/share.txt" || { cat "$work/share.txt"; fail "the JVM does not accept the archive"; }
# one static archive (ADR 0008): the app's own classes and picocli's must come from it, not from the jar
loaded=$(JAVA_TOOL_OPTIONS=-Xlog:class+load "$LAUNCHER" --help 2>/dev/null)
shared=$(grep -c '^\[.*org\.hardshipbinder\..*source: shared objects file' <<<"$loaded" || true)
picocli=$(grep -c '^\[.*picocli\..*source: shared objects file' <<<"$loaded" || true)
[ "$shared" -gt 100 ] || fail "only $shared of the app's classes came from the archive"
[ "$picocli" -gt 20 ] || fail "only $picocli of picocli's classes came from the archive"
echo "$(du -m "$ARCHIVE" | cut -f1) MB archive; --help maps $shared of the app's classes and $picocli of picocli's from it"
# an archive that no longer matches the jar is ignored: the app starts, quietly, without it
stamp=$(mktemp); touch -r /opt/hardship-binder/lib/app/hardship-binder.jar "$stamp"
touch /opt/hardship-binder/lib/app/hardship-binder.jar
"$LAUNCHER" --help >/dev/null 2>"$work/stale.txt" || { touch -r "$stamp" /opt/hardship-binder/lib/app/hardship-binder.jar; fail "a stale archive broke start-up"; }
touch -r "$stamp" /opt/hardship-binder/lib/app/hardship-binder.jar; rm -f "$stamp"
[ ! -s "$work/stale.txt" ] || { cat "$work/stale.txt"; fail "a stale archive printed on the terminal"; }
echo "a stale archive is ignored without a word"
# SQLite's native library, copied out of the jar once at install time (ADR 0008), where the launcher names it
ls /opt/hardship-binder/lib/app/native/sqlite-*/libsqlitejdbc.so >/dev/null 2>&1 \
  || fail "postinst left no copy of SQLite's native library in /opt/hardship-binder/lib/app/native"
grep -q 'hardshipbinder.nativeDir=$APPDIR/native' /opt/hardship-binder/lib/app/hardship-binder.cfg \
  || fail "the launcher's options do not name the native library's folder"
echo "SQLite's native library ready in the installed app's folder"

# --- smoke test: the installed app, headless, on a fresh home folder and vault ---------------------------------
step "smoke test of the installed command line"
export HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share"
mkdir -p "$HOME"
# Java takes its home folder from the user database, not $HOME: point it (and so JavaCPP's cache) at the empty one.
export JAVA_TOOL_OPTIONS="-Duser.home=$HOME"
unset DISPLAY WAYLAND_DISPLAY HARDSHIP_BINDER_VAULT
vault="$work/vault"
hb() { "$LAUNCHER" --vault "$vault" "$@"; }

hardship-binder --help >"$work/help.txt" || fail "hardship-binder --help"
grep -q "Usage: hardship-binder" "$work/help.txt" || fail "--help printed no usage"

case_id=$(hb case create --kind I-601A --applicant "Maria Lopez" --title "Installer smoke test")
[[ "$case_id" =~ ^[0-9]+$ ]] || fail "case create printed '$case_id', not an id"
echo "case $case_id"

hb import --case "$case_id" --no-ocr "$SMOKE_PAGE" | tee "$work/import.txt"
grep -q "^imported [0-9]* 1 page" "$work/import.txt" || fail "the scanned page was not imported"

start=$(date +%s)
hb ocr --case "$case_id" | tee "$work/ocr.txt"
echo "ocr took $(( $(date +%s) - start )) s (first run: natives extracted, trained data copied)"

hb documents --case "$case_id" | tee "$work/documents.txt"
grep -qi "ocr_done" "$work/documents.txt" || fail "the document did not reach OCR_DONE"

hb search --case "$case_id" --json pulmonologist | tee "$work/search.json"
grep -q '"document"' "$work/search.json" || fail "search did not find 'pulmonologist' on the OCR'd page"
hb search --case "$case_id" "maria lopez" >"$work/search.txt"
grep -qi "lopez" "$work/search.txt" || fail "search did not find 'maria lopez'"

hb verify >/dev/null || fail "verify"
# The natives came from the installed app (JavaCPP's per-user cache), not from a system Tesseract.
find "$HOME/.javacpp" -name 'libtesseract.so*' 2>/dev/null | grep -q . \
  || fail "Tesseract was not extracted from the installed app into the user's cache"
for model in eng spa osd; do
  [ -s "$vault/tessdata/$model.traineddata" ] || fail "the app did not install its $model trained data"
done
echo "OCR natives extracted from the installed app into the user's cache; eng, spa, osd trained data beside the vault"
# The installed app uses its own copy of SQLite's library: none in the user's cache, none in the temporary folder.
[ ! -e "$HOME/.cache/hardship-binder" ] || fail "the installed app copied SQLite's library into the user's cache"

# --- the desktop app, where a virtual display is available --------------------------------------------------------
if command -v xvfb-run >/dev/null; then
  step "desktop app under a virtual display (xvfb-run)"
  # Up for 20 s without dying means JavaFX found everything it needs in the trimmed runtime and the system.
  xvfb-run -a bash -c '"$0" & app=$!; sleep 20; kill -0 "$app" || { wait "$app"; exit 1; }; kill "$app"; exit 0' \
    "$LAUNCHER" >"$work/desktop.log" 2>&1 || { cat "$work/desktop.log"; fail "the desktop app did not stay up"; }
  [ -f "$XDG_DATA_HOME/hardship-binder/vault.sqlite" ] || fail "the desktop app did not open its vault in $XDG_DATA_HOME"
  echo "the desktop app started and opened its vault in the user's data folder"
else
  echo "skipping the desktop-app start: xvfb-run is not installed"
fi

# --- remove ------------------------------------------------------------------------------------------------------
step "apt-get remove $PACKAGE"
DEBIAN_FRONTEND=noninteractive $SUDO apt-get remove -y -qq "$PACKAGE" >/dev/null
[ ! -e "$LAUNCHER" ] || fail "$LAUNCHER is still there after removal"
[ ! -e /usr/bin/hardship-binder ] || fail "/usr/bin/hardship-binder is still there after removal"
echo "removed"
printf '\ncheck-deb: OK\n'

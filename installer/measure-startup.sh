#!/usr/bin/env bash
# Start-up with and without the class-data-sharing archive (docs/decisions/0007-startup-class-data-sharing.md), on
# an installed app: cold `--help`, and a cold `import --no-ocr` of a PDF against `qpdf in out` on the same file.
# Runs interleaved, fresh vault per import; prints each run and the medians (wall and user+system CPU).
#
#   installer/measure-startup.sh FILE.pdf [RUNS] [LAUNCHER]
# "without" is the same launcher with -Xshare:off (no archive at all, as before the installer made one).
set -euo pipefail
pdf=$1; runs=${2:-5}; launcher=${3:-/opt/hardship-binder/bin/hardship-binder}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export HOME="$work/home" JAVA_TOOL_OPTIONS="-Duser.home=$work/home"; mkdir -p "$HOME"
declare -A wall cpu
# one timed process: appends "wall cpu" (seconds) to the named series
measure() {
  local series=$1; shift
  /usr/bin/time -f "%e %U %S" -o "$work/t" "$@" >/dev/null 2>"$work/err" || { cat "$work/err"; exit 1; }
  read -r w u s <"$work/t"
  wall[$series]+="$w "; cpu[$series]+="$(awk -v u="$u" -v s="$s" 'BEGIN{print u+s}') "
  printf '%-22s %6.2f s wall %6.2f s cpu\n' "$series" "$w" "$(awk -v u="$u" -v s="$s" 'BEGIN{print u+s}')"
}
import_run() {
  local series=$1; shift
  rm -rf "$work/vault"
  env "$@" "$launcher" --vault "$work/vault" case create --kind I-601A --applicant Bench >/dev/null 2>&1
  measure "$series" env "$@" "$launcher" --vault "$work/vault" import --case 1 --no-ocr "$pdf"
}
for i in $(seq "$runs"); do
  measure "qpdf" qpdf "$pdf" "$work/out.pdf"
  measure "help, archive" "$launcher" --help
  measure "help, no archive" env _JAVA_OPTIONS=-Xshare:off "$launcher" --help
  import_run "import, archive"
  import_run "import, no archive" _JAVA_OPTIONS=-Xshare:off
done
median() { tr ' ' '\n' | grep . | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
q=$(median <<<"${wall[qpdf]}")
printf '\nmedians of %d runs (load average %s)\n' "$runs" "$(cut -d' ' -f1-3 /proc/loadavg)"
for series in "qpdf" "help, archive" "help, no archive" "import, archive" "import, no archive"; do
  w=$(median <<<"${wall[$series]}"); c=$(median <<<"${cpu[$series]}")
  printf '%-22s %6.2f s wall (%5.1fx qpdf) %6.2f s cpu\n' "$series" "$w" "$(awk -v w="$w" -v q="$q" 'BEGIN{print w/q}')" "$c"
done

# Sourced by deploy/bench/run.sh and deploy/local/run.sh: the JVM the services run on, with the
# options the images ship (services.options) and a startup cache made beside each packaged service.
#   suite_java               the java to run: $SUITE_JAVA, else a Java 25+ found in $JAVA_HOME or
#                            /usr/lib/jvm, else java on the PATH
#   suite_jvm_args SERVICE   prints the JVM arguments for SERVICE, one a line: the options file and
#                            the startup cache (made first when missing or older than the package)
#   suite_service_env        array: the environment the images set for the JVM (services.env), one NAME=value an
#                            element, to put before the java command with env
#   suite_startup_caches SERVICE...
#                            makes the missing or stale startup caches of all SERVICEs at once: each
#                            training run is mostly one thread's work, so together they share the cores
# shellcheck shell=bash
suite_jvm_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
suite_root=$(cd "$suite_jvm_dir/../.." && pwd)

suite_java_feature() {  # java binary: its feature release (17, 25, ...)
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}'
}

suite_java_search() {
  local candidate v
  for candidate in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} /usr/lib/jvm/*/bin/java; do
    [ -x "$candidate" ] || continue
    v=$(suite_java_feature "$candidate")
    [[ "$v" =~ ^[0-9]+$ ]] && [ "$v" -ge 25 ] && { echo "$candidate $v"; return; }
  done
  candidate=$(command -v java)
  echo "$candidate $(suite_java_feature "$candidate")"
}
# searched once, as this file is sourced, instead of at every call: each question is a JVM start, and the
# functions below run in subshells (which inherit these), a few times per service
read -r suite_java_found suite_java_found_feature <<<"$(suite_java_search)"

# glibc's malloc gives each thread that allocates natively an arena of its own (up to eight per core): direct
# buffers written by Netty's threads spread over them and stay resident; two arenas held reporting-service at
# scale 100 to 320-360 MB instead of 430 after the same aggregate load
mapfile -t suite_service_env < <(grep -v '^#' "$suite_jvm_dir/services.env" | grep .)

suite_java() {
  echo "${SUITE_JAVA:-$suite_java_found}"
}

suite_feature_of() {  # java binary: its feature release, known already for the one found
  if [ "$1" = "$suite_java_found" ]; then echo "$suite_java_found_feature"; else suite_java_feature "$1"; fi
}

suite_jvm_args() {
  local service=$1 java app jar archive feature option
  java=$(suite_java)
  app="$suite_root/$service/target/quarkus-app"
  jar="$app/quarkus-run.jar"
  echo "@$suite_jvm_dir/services.options"
  feature=$(suite_feature_of "$java")
  if [ "${feature:-0}" -ge 25 ]; then
    archive="$app/app.aot"; make="-XX:AOTCacheOutput=$archive"; use="-XX:AOTCache=$archive"
  else
    archive="$app/app-cds.jsa"; make="-XX:ArchiveClassesAtExit=$archive"; use="-XX:SharedArchiveFile=$archive"
  fi
  # made again when the package or the options are newer, with the same options and jar path as the runs that use it
  if [ ! -s "$archive" ] || [ "$suite_jvm_dir/services.options" -nt "$archive" ] || [ "$suite_jvm_dir/training.options" -nt "$archive" ] || [ "$suite_jvm_dir/train.sh" -nt "$archive" ] || [ -n "$(find "$app" -newer "$archive" -type f \( -name '*.jar' -o -name '*.dat' \) -print -quit)" ]; then
    rm -f "$archive"
    echo "Making the startup cache of $service ($archive)..." >&2
    # the recording run (train.sh) goes through the whole start without a database (training.options) and is
    # stopped once started; the images' training run uses the same two files
    sh "$suite_jvm_dir/train.sh" "$app/startup-cache.log" \
      "$java" "@$suite_jvm_dir/services.options" "@$suite_jvm_dir/training.options" "$make" -jar "$jar"
  fi
  if [ -s "$archive" ]; then echo "$use"; else echo "  no startup cache (see $app/startup-cache.log): $service starts without" >&2; fi
}

suite_startup_caches() {
  local service cache_pids=()
  for service in "$@"; do
    suite_jvm_args "$service" >/dev/null &
    cache_pids+=($!)
  done
  # these alone: the caller may have other children running (run.sh's PostgreSQL)
  wait "${cache_pids[@]}" || true
}

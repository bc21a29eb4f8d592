#!/bin/sh
# train.sh LOG JAVA-COMMAND...: the startup cache's training run. Runs the service's java command (which
# names the cache to write: -XX:AOTCacheOutput or -XX:ArchiveClassesAtExit) with its output in LOG, until
# Quarkus reports the start complete, then stops it as an orchestrator would (SIGTERM); the JVM writes the
# cache as it exits. training.options points the run at no database and turns off what needs one at start
# (migrations, schema validation; seed data is off in production anyway), so the run passes through the rest of
# the start the service makes in production (Hibernate, validation, REST, HTTP) and the cache holds those classes
# too, not only the static initialisation.
# POSIX sh: the images run it too. Exits 0 whatever the run's status: the caller judges by the cache written.
log=$1
shift
# emptied here, not by the run's redirection: a previous run's "started in" must not stop this one at once
: >"$log"
"$@" >>"$log" 2>&1 &
pid=$!
waited=0
# 180 s at most: a run that never reports its start is stopped all the same (its cache is still written)
while kill -0 "$pid" 2>/dev/null && [ "$waited" -lt 1800 ]; do
  if grep -q ' started in [0-9][0-9.]*s' "$log" 2>/dev/null; then
    break
  fi
  sleep 0.1
  waited=$((waited + 1))
done
kill -TERM "$pid" 2>/dev/null
# a shutdown that hangs must not hang the build: 600 s after SIGTERM the run is killed (and writes no cache). Not
# less: as it exits, the JVM writes the recorded configuration and assembles the cache in a child process, which
# took over 60 s with three training runs beside a test run on two cores
waited=0
while kill -0 "$pid" 2>/dev/null && [ "$waited" -lt 6000 ]; do
  sleep 0.1
  waited=$((waited + 1))
done
kill -KILL "$pid" 2>/dev/null
wait "$pid"
exit 0

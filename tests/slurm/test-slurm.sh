#!/usr/bin/env bash
# npm run test:slurm: runs the shipped SLURM job-array examples on a real, single-node SLURM
# cluster and checks that the merged sweep, and a calibration split over job arrays, are
# byte-identical to the same sweep and calibration run locally.
#
# 1. Installs Debian's slurm-wlm and munge (apt-get, without recommends) where missing; a
#    temporary policy-rc.d keeps the packages from starting their own daemons.
# 2. Starts, in a temporary folder: munged (a generated key, a private socket), slurmctld and
#    slurmd (one node, 2 CPUs, free ports on 127.0.0.1), from a generated slurm.conf. No systemd.
#    Accounting: AccountingStorageType=accounting_storage/none (no slurmdbd, so no sacct);
#    job states come from squeue while jobs run and from `scontrol show job` (records kept
#    for an hour) and the jobcomp/filetxt completion log once they end.
# 3. Submits examples/slurm/sweep-array.sh with examples/slurm/igc-bias-ngo.yaml as 4 shards
#    (CPUS=2: each task runs a 2-worker pool) and its merge (afterok on the array); waits;
#    prints the job ids and states; compares every file of the merged folder but
#    manifest.json (wall times differ) with a local `rcmp sweep --workers 2`.
# 4. Submits the same sweep with one run made to throw (RCMP_TEST_FAIL_RUNS): the shard holding
#    it exits 1, and SLURM must cancel the merge rather than leave it pending.
# 5. Submits examples/slurm/calibrate-array.sh with a tiny calibration (tests/calibrate/fixtures:
#    30 particles, 3 generations) as 3 tasks per generation (CPUS=1): 3 arrays and 3 collectors
#    chained by afterok; waits; prints the job ids and states; compares the sha256 of every file
#    of the calibration folder with a local `rcmp calibrate --workers 2`, and its manifest.json
#    but for the fields that say when and how it ran (started, finished, wallSeconds,
#    generationSeconds, arguments).
# 6. On every exit path (EXIT, and INT, TERM, HUP, PIPE turned into exits): cancels its jobs, stops slurmd, slurmctld and munged by the
#    process ids it started them with, kills any process left from its cluster (found by the
#    cluster's SLURM_CONF in its environment), and fails if one survives.
#
# Needs root (apt-get; slurmd runs jobs as their user). Set KEEP=1 to keep the temporary folder.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
SWEEP=examples/slurm/igc-bias-ngo.yaml
SHARDS=4
WAIT_SECONDS=${WAIT_SECONDS:-300}

say() { printf 'test:slurm: %s\n' "$*"; }
die() { say "FAILED: $*"; exit 1; }

[ "$(id -u)" = 0 ] || die "needs root (to install slurm-wlm and munge, and to run slurmd)"
[ -f dist/cli/main.js ] || die "dist/cli/main.js not found: run npm run build"

# --- 1. packages -----------------------------------------------------------------------------
install_packages() {
  local policy=/usr/sbin/policy-rc.d made_policy=0
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\n# test:slurm: no service starts while it installs slurm and munge\nexit 101\n' >"$policy"
    chmod 755 "$policy"
    made_policy=1
  fi
  local apt=(env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends slurm-wlm munge)
  local ok=0
  "${apt[@]}" || { apt-get update -q && "${apt[@]}"; } || ok=$?
  if [ "$made_policy" = 1 ]; then rm -f "$policy"; fi
  return "$ok"
}
missing=()
for tool in munged mungekey slurmctld slurmd sbatch squeue scontrol scancel; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing slurm-wlm and munge (missing: ${missing[*]})"
  install_packages || die "apt-get could not install slurm-wlm and munge"
fi
say "$(slurmctld -V), munge $(munged -V 2>&1 | awk '{print $1}' | sed 's/munge-//')"

# --- 2. the cluster --------------------------------------------------------------------------
TMP=$(mktemp -d /tmp/rcmp-slurm.XXXXXX)
chmod 755 "$TMP"   # munged wants its socket's folders searchable by all
CONF=$TMP/slurm.conf
declare -A PIDS=()  # daemon name -> process id
JOBS=()
passed=0

stop_pid() { # name pid: TERM, wait up to 15 s, then KILL
  local name=$1 pid=$2 i
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for i in $(seq 150); do kill -0 "$pid" 2>/dev/null || { say "stopped $name (pid $pid)"; return 0; }; sleep 0.1; done
  say "$name (pid $pid) ignored SIGTERM; sending SIGKILL"
  kill -KILL "$pid" 2>/dev/null || true
}

cluster_pids() { # processes whose environment names this cluster's slurm.conf
  local p
  for p in /proc/[0-9]*; do
    p=${p#/proc/}
    [ "$p" = $$ ] && continue
    tr '\0' '\n' 2>/dev/null <"/proc/$p/environ" | grep -qxF "SLURM_CONF=$CONF" && echo "$p"
  done
  return 0
}

cleanup() {
  local code=$? name p left=()
  trap - EXIT INT TERM HUP
  trap '' PIPE   # output may have gone (a closed pipe): carry on stopping the daemons regardless
  set +e
  if [ ${#JOBS[@]} -gt 0 ] && [ -n "${PIDS[slurmctld]:-}" ] && kill -0 "${PIDS[slurmctld]}" 2>/dev/null; then
    SLURM_CONF=$CONF scancel "${JOBS[@]}" 2>/dev/null || true
    for _ in $(seq 100); do
      [ -z "$(SLURM_CONF=$CONF squeue -h -j "$(IFS=,; echo "${JOBS[*]}")" 2>/dev/null)" ] && break
      sleep 0.2
    done
  fi
  for name in slurmd slurmctld munged; do
    [ -n "${PIDS[$name]:-}" ] && stop_pid "$name" "${PIDS[$name]}"
  done
  for p in $(cluster_pids); do
    say "killing pid $p, left from this cluster: $(tr '\0' ' ' <"/proc/$p/cmdline" 2>/dev/null)"
    kill -KILL "$p" 2>/dev/null || true
  done
  sleep 0.2
  for name in slurmd slurmctld munged; do
    [ -n "${PIDS[$name]:-}" ] && kill -0 "${PIDS[$name]}" 2>/dev/null && left+=("$name:${PIDS[$name]}")
  done
  for p in $(cluster_pids); do left+=("pid:$p"); done
  if [ ${#left[@]} -gt 0 ]; then
    say "FAILED: still running: ${left[*]}"
    code=1
  else
    say "no daemon left running"
  fi
  if [ "$code" != 0 ]; then
    for f in "$TMP"/slurmctld.log "$TMP"/slurmd.log "$TMP"/munged.log; do
      [ -f "$f" ] && { echo "--- last lines of $f"; tail -n 20 "$f"; }
    done
  fi
  if [ "$code" = 0 ] && [ "${KEEP:-0}" != 1 ]; then rm -rf "$TMP"; else say "files kept in $TMP"; fi
  [ "$code" = 0 ] && [ "$passed" = 1 ] && say "passed"
  exit "$code"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP
trap 'exit 141' PIPE

free_port() {
  node -e 'const s=require("node:net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}
wait_for() { # description seconds command...: polls every 0.2 s
  local what=$1 seconds=$2 i
  shift 2
  for i in $(seq $((seconds * 5))); do "$@" >/dev/null 2>&1 && return 0; sleep 0.2; done
  die "$what did not come up within $seconds s"
}
alive() { kill -0 "${PIDS[$1]}" 2>/dev/null || die "$1 exited at start: see $TMP/$1.log"; }

NODE=$(hostname -s 2>/dev/null || hostname)
# The node's memory as slurmd sees it, at least 4 GB: the example asks --mem=2G per job, and
# config_overrides (below) keeps a node with less from being drained.
MEM=$(slurmd -C | sed -n 's/.*RealMemory=\([0-9]*\).*/\1/p')
[ "${MEM:-0}" -ge 4096 ] || MEM=4096
CTLD_PORT=$(free_port)
SLURMD_PORT=$(free_port)
while [ "$SLURMD_PORT" = "$CTLD_PORT" ]; do SLURMD_PORT=$(free_port); done
mkdir -p "$TMP/state" "$TMP/spool" "$TMP/munge"
cat >"$CONF" <<EOF
# generated by tests/slurm/test-slurm.sh: a one-node cluster on 127.0.0.1, everything under $TMP
ClusterName=rcmptest
SlurmctldHost=$NODE(127.0.0.1)
SlurmctldPort=$CTLD_PORT
SlurmdPort=$SLURMD_PORT
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$TMP/munge/munge.socket
CredType=cred/munge
StateSaveLocation=$TMP/state
SlurmdSpoolDir=$TMP/spool
SlurmctldPidFile=$TMP/slurmctld.pid
SlurmdPidFile=$TMP/slurmd.pid
SlurmctldLogFile=$TMP/slurmctld.log
SlurmdLogFile=$TMP/slurmd.log
MailProg=/bin/true
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
MpiDefault=none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/filetxt
JobCompLoc=$TMP/jobcomp.log
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
ReturnToService=2
SlurmdParameters=config_overrides
MinJobAge=3600
NodeName=$NODE NodeAddr=127.0.0.1 CPUs=2 RealMemory=$MEM State=UNKNOWN
PartitionName=rcmp Nodes=$NODE Default=YES MaxTime=INFINITE State=UP
EOF

# Each daemon runs in its own session (setsid execs in place, keeping the process id): a Ctrl-C
# reaches only this script, whose trap then cancels the jobs before it stops the daemons.
mungekey --create --keyfile="$TMP/munge/munge.key"
setsid munged --foreground --key-file="$TMP/munge/munge.key" --socket="$TMP/munge/munge.socket" \
  --pid-file="$TMP/munge/munged.pid" --log-file="$TMP/munged.log" --seed-file="$TMP/munge/munged.seed" \
  >>"$TMP/munged.log" 2>&1 &
PIDS[munged]=$!
wait_for munged 10 test -S "$TMP/munge/munge.socket"
alive munged
SLURM_CONF=$CONF setsid slurmctld -D -c -f "$CONF" >"$TMP/slurmctld.out" 2>&1 &
PIDS[slurmctld]=$!
wait_for slurmctld 30 env SLURM_CONF="$CONF" scontrol ping
alive slurmctld
SLURM_CONF=$CONF setsid slurmd -D -f "$CONF" -N "$NODE" >"$TMP/slurmd.out" 2>&1 &
PIDS[slurmd]=$!
node_idle() { [ "$(SLURM_CONF=$CONF sinfo -h -n "$NODE" -o %T)" = idle ]; }
wait_for "slurmd (node $NODE idle)" 30 node_idle
alive slurmd
say "cluster up in $TMP: munged pid ${PIDS[munged]}, slurmctld pid ${PIDS[slurmctld]} (port $CTLD_PORT), slurmd pid ${PIDS[slurmd]} (port $SLURMD_PORT), node $NODE with 2 CPUs"

# --- 3. the job array and its merge ----------------------------------------------------------
export SLURM_CONF=$CONF   # from here on, for sbatch, squeue, scontrol and the jobs themselves

submit() { # results-dir: runs the example, records and prints the job ids
  local out ids
  out=$(CPUS=2 bash examples/slurm/sweep-array.sh "$SWEEP" "$SHARDS" "$1") || die "sweep-array.sh failed: $out"
  echo "$out" | sed 's/^/  sweep-array.sh: /'
  ids=$(echo "$out" | sed -n 's/^submitted: array job \([0-9]*\) ([0-9]* shards), merge job \([0-9]*\)$/\1 \2/p')
  [ -n "$ids" ] || die "no job ids in the output of sweep-array.sh"
  set -- $ids
  ARRAY=$1 MERGE=$2
  JOBS+=("$ARRAY" "$MERGE")
}

wait_jobs() { # ids...: polls squeue, printing it when it changes, until the jobs leave the queue
  local ids list seen="" now start=$SECONDS
  ids=$(IFS=,; echo "$*")
  while :; do
    now=$(squeue -h -j "$ids" -o '%.12i %.24j %.10T %R' 2>/dev/null || true)
    if [ "$now" != "$seen" ]; then
      say "squeue at ${SECONDS}s:"
      if [ -n "$now" ]; then echo "$now" | sed 's/^/   /'; else echo "   (empty)"; fi
      seen=$now
    fi
    [ -z "$now" ] && return 0
    [ $((SECONDS - start)) -lt "$WAIT_SECONDS" ] || die "jobs $ids still queued after $WAIT_SECONDS s"
    sleep 1
  done
}

states() { # ids...: one line per job (array tasks one each): id, name, state, exit code
  local id
  for id in "$@"; do
    scontrol -o show job "$id" | tr ' ' '\n' | awk -F= '
      /^JobId=/ {if (line != "") print line; id = $2; task = ""; line = ""}
      /^ArrayJobId=/ {aj = $2} /^ArrayTaskId=/ {task = $2} /^JobName=/ {name = $2}
      /^JobState=/ {state = $2} /^ExitCode=/ {code = $2} /^Reason=/ {reason = $2}
      /^ExitCode=/ {line = sprintf("%-8s %-10s %-26s %-10s exit %-5s %s", id, (task == "" ? "" : aj "_" task), name, state, code, (reason == "None" ? "" : reason))}
      END {if (line != "") print line}'
  done
}

expect_states() { # pattern ids...: every line of states must match
  local pattern=$1 table
  shift
  table=$(states "$@")
  echo "$table" | sed 's/^/   /'
  if echo "$table" | grep -vqE "$pattern"; then die "expected every job to match /$pattern/"; fi
}

say "reference: the same sweep run locally (rcmp sweep --workers 2)"
node dist/cli/main.js sweep "$SWEEP" --workers 2 --out "$TMP/local" --quiet >/dev/null

say "submitting $SWEEP as $SHARDS shards (CPUS=2) and the merge"
submit "$TMP/ok"
wait_jobs "$ARRAY" "$MERGE"
say "job states (scontrol show job):"
expect_states ' COMPLETED +exit 0:0' "$ARRAY" "$MERGE"
[ "$(states "$ARRAY" | wc -l)" = "$SHARDS" ] || die "expected $SHARDS array tasks"
say "completion log ($TMP/jobcomp.log):"
sed -n 's/.*JobId=\([0-9]*\) .*Name=\([^ ]*\) JobState=\([A-Z]*\).* ArrayJobId=\([0-9]*\) ArrayTaskId=\([0-9]*\).*ExitCode=\([0-9:]*\).*/   job \1 (\4_\5) \2 \3 exit \6/p; t; s/.*JobId=\([0-9]*\) .*Name=\([^ ]*\) JobState=\([A-Z]*\).*ExitCode=\([0-9:]*\).*/   job \1 \2 \3 exit \4/p' "$TMP/jobcomp.log"
diff -r -x manifest.json "$TMP/local" "$TMP/ok/all" >"$TMP/diff.txt" || { head -n 20 "$TMP/diff.txt"; die "the merged folder differs from the local sweep"; }
compared=$(cd "$TMP/ok/all" && find . -type f ! -name manifest.json | sort | tr '\n' ' ')
say "merged folder byte-identical to the local sweep: $compared"

# --- 4. a shard that fails: the merge must be cancelled, not left pending --------------------
say "submitting again with run 0 made to throw (RCMP_TEST_FAIL_RUNS=0): shard 0 exits 1"
RCMP_TEST_FAIL_RUNS=0 submit "$TMP/failing"
wait_jobs "$ARRAY" "$MERGE"
say "job states (scontrol show job):"
states "$ARRAY" "$MERGE" | sed 's/^/   /'
states "$ARRAY" | grep -E "_0 " | grep -qE ' FAILED +exit 1:0' || die "shard 0 should have FAILED with exit code 1"
[ "$(states "$ARRAY" | grep -cE ' COMPLETED +exit 0:0')" = $((SHARDS - 1)) ] || die "the other shards should have COMPLETED"
states "$MERGE" | grep -qE ' CANCELLED .*DependencyNeverSatisfied' || die "the merge should be CANCELLED (DependencyNeverSatisfied)"
[ ! -e "$TMP/failing/all" ] || die "the merge of a failed array should not have run"

# --- 5. a calibration split over job arrays: per generation, an array and its collector ------
CAL=$TMP/cal/calibration.yaml
mkdir -p "$TMP/cal"
node dist/cli/main.js run tests/calibrate/fixtures/synthetic.yaml --set dynamics.hegemonBias=1.2 --set dynamics.dialogue.rate=0.15 \
  --seed 1000 --positions 1991,1993,1995,1997,1999 --out "$TMP/cal/truth" --quiet >/dev/null
cat >"$CAL" <<EOF
# made by tests/slurm/test-slurm.sh: a tiny calibration of tests/calibrate/fixtures/synthetic.yaml
base: $ROOT/tests/calibrate/fixtures/synthetic.yaml
targets: truth/positions.csv
parameters:
  dynamics.hegemonBias: {prior: uniform, min: 0, max: 3}
  dynamics.dialogue.rate: {prior: log-uniform, min: 0.02, max: 0.6}
particles: 30
generations: 3
seed: 7
predictive: {draws: 40}
EOF
say "reference: the calibration run locally (rcmp calibrate --workers 2)"
node dist/cli/main.js calibrate "$CAL" --out "$TMP/cal/local" --workers 2 --quiet >/dev/null

CAL_TASKS=3
say "submitting $CAL as $CAL_TASKS tasks per generation (CPUS=1), each generation's array then its collector"
out=$(CPUS=1 bash examples/slurm/calibrate-array.sh "$CAL" "$CAL_TASKS" "$TMP/cal/split") || die "calibrate-array.sh failed: $out"
echo "$out" | sed 's/^/  calibrate-array.sh: /'
ids=$(echo "$out" | sed -n 's/^submitted: generation [0-9]*: array job \([0-9]*\) ([0-9]* tasks), collect job \([0-9]*\)$/\1 \2/p' | tr '\n' ' ')
read -r -a CAL_JOBS <<<"$ids"
[ ${#CAL_JOBS[@]} = 6 ] || die "expected 3 generations of an array and a collector in the output of calibrate-array.sh"
JOBS+=("${CAL_JOBS[@]}")
wait_jobs "${CAL_JOBS[@]}"
say "job states (scontrol show job):"
expect_states ' COMPLETED +exit 0:0' "${CAL_JOBS[@]}"
[ "$(states "${CAL_JOBS[0]}" "${CAL_JOBS[2]}" "${CAL_JOBS[4]}" | wc -l)" = $((3 * CAL_TASKS)) ] || die "expected $CAL_TASKS tasks in each of the 3 arrays"
hashes() { (cd "$1" && find . -type f ! -name manifest.json -print0 | sort -z | xargs -0 sha256sum); }
hashes "$TMP/cal/local" >"$TMP/cal/local.sha256"
hashes "$TMP/cal/split/calibration" >"$TMP/cal/split.sha256"
diff "$TMP/cal/local.sha256" "$TMP/cal/split.sha256" >"$TMP/cal/diff.txt" || { head -n 20 "$TMP/cal/diff.txt"; die "the split calibration's folder differs from the local one"; }
node -e '
  const fs = require("fs");
  const but = (dir) => {
    const {started, finished, wallSeconds, generationSeconds, arguments: args, ...rest} = JSON.parse(fs.readFileSync(dir + "/manifest.json", "utf8"));
    return JSON.stringify(rest);
  };
  if (but(process.argv[1]) !== but(process.argv[2])) { console.error("manifest.json differs beyond when and how it ran"); process.exit(1); }
' "$TMP/cal/local" "$TMP/cal/split/calibration" || die "the split calibration's manifest.json differs from the local one"
say "split calibration byte-identical to the local one: $(wc -l <"$TMP/cal/split.sha256") files but manifest.json with the same sha256 (posterior.csv $(grep ' ./posterior.csv$' "$TMP/cal/split.sha256" | cut -c1-16)...); manifest.json equal but for started, finished, wallSeconds, generationSeconds, arguments"
passed=1

#!/bin/bash
# Runs an rcmp sweep as a SLURM job array, one shard per array task, then merges the shards
# in a job that starts once every task has succeeded.
#
# Submit from the project folder (the one holding package.json, with `npm run build` done):
#
#   bash examples/slurm/sweep-array.sh examples/slurm/igc-bias-ngo.yaml 10
#
# arguments: the sweep file, the number of shards (default 10), the results folder (default
# results/<sweep name>). Each shard writes <results>/shard-<i>; the merge writes <results>/all.
# Every shard runs with --resume, so a task that is requeued or resubmitted after a time-out
# or a node failure picks up where it stopped instead of starting again.
#
# The merge waits for `afterok` on the whole array: it runs only when every shard exited 0. If
# a shard fails (a run threw, a time-out, a node lost), SLURM cancels the merge
# (--kill-on-invalid-dep) instead of leaving it pending for ever. Submit the same command
# again: finished shards return at once, the others resume, and a new merge follows. To merge
# shards that keep some failed runs anyway, run `rcmp merge <results>/shard-* --out
# <results>/all` by hand (failures.csv lists them).
#
# Adjust the sbatch options below (time, memory) to your cluster, or set sbatch's own
# variables (SBATCH_PARTITION, SBATCH_ACCOUNT, SBATCH_QOS) before calling this script. node
# must be on the PATH of the compute nodes (e.g. SETUP="module load nodejs/20").
# The printed job ids are the last line: `submitted: array job <id> (<n> shards), merge job <id>`.
set -euo pipefail

SWEEP=${1:?usage: sweep-array.sh SWEEP_FILE [SHARDS] [RESULTS_DIR]}
SHARDS=${2:-10}
NAME=$(basename "${SWEEP%.*}")
RESULTS=${3:-results/$NAME}
CPUS=${CPUS:-4}            # workers per shard: one per core asked for
SETUP=${SETUP:-}           # e.g. SETUP="module load nodejs/20" bash sweep-array.sh ...
MAIN="$(pwd)/dist/cli/main.js"

if [ ! -f "$MAIN" ]; then
  echo "sweep-array.sh: $MAIN not found: run this from the project folder after \`npm run build\`" >&2
  exit 2
fi
if ! [[ "$SHARDS" =~ ^[1-9][0-9]*$ ]]; then
  echo "sweep-array.sh: the number of shards must be a whole number ≥ 1, got \"$SHARDS\"" >&2
  exit 2
fi

# Paths quoted for the job's shell, so that folders with spaces or quotes work.
q() { printf '%q' "$1"; }
RCMP="node $(q "$MAIN")"

mkdir -p "$RESULTS/logs"

# `sbatch --parsable` prints "<id>" or, on a multi-cluster site, "<id>;<cluster>".
ARRAY_JOB=$(sbatch --parsable \
  --job-name="rcmp-$NAME" \
  --array="0-$((SHARDS - 1))" \
  --cpus-per-task="$CPUS" \
  --mem=2G \
  --time=02:00:00 \
  --requeue \
  --output="$RESULTS/logs/shard-%a.out" \
  --wrap="$SETUP
    $RCMP sweep $(q "$SWEEP") --shard \$SLURM_ARRAY_TASK_ID/$SHARDS --workers \$SLURM_CPUS_PER_TASK \
      --out $(q "$RESULTS")/shard-\$SLURM_ARRAY_TASK_ID --resume --no-plots")
ARRAY_JOB=${ARRAY_JOB%%;*}

MERGE_JOB=$(sbatch --parsable \
  --job-name="rcmp-$NAME-merge" \
  --dependency="afterok:$ARRAY_JOB" \
  --kill-on-invalid-dep=yes \
  --cpus-per-task=1 \
  --mem=2G \
  --time=00:30:00 \
  --output="$RESULTS/logs/merge.out" \
  --wrap="$SETUP
    $RCMP merge $(q "$RESULTS")/shard-* --out $(q "$RESULTS")/all --force")
MERGE_JOB=${MERGE_JOB%%;*}

echo "results will be in $RESULTS/all; logs in $RESULTS/logs"
echo "submitted: array job $ARRAY_JOB ($SHARDS shards), merge job $MERGE_JOB"

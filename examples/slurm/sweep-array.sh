#!/bin/bash
# Runs an rcmp sweep as a SLURM job array, one shard per array task, then merges the shards
# in a job that starts once every task has ended (merge itself refuses shards left incomplete).
#
# Submit from the project folder (the one holding package.json, with `npm run build` done):
#
#   bash examples/slurm/sweep-array.sh examples/slurm/igc-bias-ngo.yaml 10
#
# arguments: the sweep file, the number of shards (default 10), the results folder (default
# results/<sweep name>). Each shard writes <results>/shard-<i>; the merge writes <results>/all.
# Every shard runs with --resume, so a task that is requeued or resubmitted after a time-out
# or a node failure picks up where it stopped instead of starting again. Adjust the sbatch
# options below (time, memory, partition) to your cluster; node and npm must be on the PATH of
# the compute nodes (e.g. `module load nodejs/20` in SETUP).
set -euo pipefail

SWEEP=${1:?usage: sweep-array.sh SWEEP_FILE [SHARDS] [RESULTS_DIR]}
SHARDS=${2:-10}
NAME=$(basename "${SWEEP%.*}")
RESULTS=${3:-results/$NAME}
CPUS=${CPUS:-4}            # workers per shard: one per core asked for
SETUP=${SETUP:-}           # e.g. SETUP="module load nodejs/20" bash sweep-array.sh ...
RCMP="node $(pwd)/dist/cli/main.js"

mkdir -p "$RESULTS/logs"

ARRAY_JOB=$(sbatch --parsable \
  --job-name="rcmp-$NAME" \
  --array="0-$((SHARDS - 1))" \
  --cpus-per-task="$CPUS" \
  --mem=2G \
  --time=02:00:00 \
  --requeue \
  --output="$RESULTS/logs/shard-%a.out" \
  --wrap="$SETUP
    $RCMP sweep '$SWEEP' --shard \$SLURM_ARRAY_TASK_ID/$SHARDS --workers \$SLURM_CPUS_PER_TASK \
      --out '$RESULTS/shard-'\$SLURM_ARRAY_TASK_ID --resume --no-plots")

MERGE_JOB=$(sbatch --parsable \
  --job-name="rcmp-$NAME-merge" \
  --dependency="afterany:$ARRAY_JOB" \
  --cpus-per-task=1 \
  --mem=2G \
  --time=00:30:00 \
  --output="$RESULTS/logs/merge.out" \
  --wrap="$SETUP
    $RCMP merge '$RESULTS'/shard-* --out '$RESULTS/all' --force")

echo "submitted: array job $ARRAY_JOB ($SHARDS shards), merge job $MERGE_JOB"
echo "results will be in $RESULTS/all; logs in $RESULTS/logs"

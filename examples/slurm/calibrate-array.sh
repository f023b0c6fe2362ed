#!/bin/bash
# Runs an rcmp calibration (ABC-SMC) split over the tasks of SLURM job arrays: per generation, an
# array whose tasks each evaluate a share of the generation's proposals, then a collector job
# that merges their shard files and saves the generation. The finished folder is the one a single
# `rcmp calibrate` with the same file would write, byte for byte (manifest.json aside: its times
# and arguments).
#
# Submit from the project folder (the one holding package.json, with `npm run build` done):
#
#   bash examples/slurm/calibrate-array.sh examples/calibration/igc-impic.yaml 20
#
# arguments: the calibration file, the number of tasks per generation (default 10), the results
# folder (default results/<calibration name>-split). The calibration is written to
# <results>/calibration, the jobs' logs to <results>/logs. Set TARGETS=file to fit another
# targets file than the one the calibration file names (as rcmp calibrate --targets).
#
# Every job is submitted at once, as a chain: generation g's array starts once generation g − 1's
# collector has succeeded (afterok), and its collector once every task of the array has
# (afterok). The number of generations is the calibration file's `generations`; when the
# calibration stops earlier (stop.minAcceptance, stop.tolerance, stop.maxRuns), the collector
# that sees it finishes the calibration and the jobs after it find nothing to do. If a job fails
# (a time-out, a node lost), SLURM cancels every job after it (--kill-on-invalid-dep) instead of
# leaving them pending for ever: submit the same command again. Finished generations are kept,
# their jobs return at once, a task whose shard file is done returns at once, and the chain
# continues from where it stopped.
#
# Adjust the sbatch options below (time, memory) to your cluster, or set sbatch's own variables
# (SBATCH_PARTITION, SBATCH_ACCOUNT, SBATCH_QOS) before calling this script. node must be on the
# PATH of the compute nodes (e.g. SETUP="module load nodejs/20").
# The printed job ids are one line per generation, `submitted: generation <g>: array job <id>
# (<n> tasks), collect job <id>`, then `submitted: <G> generations, last collect job <id>`.
set -euo pipefail

CALIBRATION=${1:?usage: calibrate-array.sh CALIBRATION_FILE [TASKS] [RESULTS_DIR]}
TASKS=${2:-10}
NAME=$(basename "${CALIBRATION%.*}")
RESULTS=${3:-results/$NAME-split}
CPUS=${CPUS:-4}            # workers per task and for the collector: one per core asked for
SETUP=${SETUP:-}           # e.g. SETUP="module load nodejs/20" bash calibrate-array.sh ...
TARGETS=${TARGETS:-}       # another targets file (rcmp calibrate --targets)
MAIN="$(pwd)/dist/cli/main.js"

if [ ! -f "$MAIN" ]; then
  echo "calibrate-array.sh: $MAIN not found: run this from the project folder after \`npm run build\`" >&2
  exit 2
fi
if ! [[ "$TASKS" =~ ^[1-9][0-9]*$ ]]; then
  echo "calibrate-array.sh: the number of tasks must be a whole number ≥ 1, got \"$TASKS\"" >&2
  exit 2
fi

# The calibration file checked before anything is submitted (exit code 2, the problem named, if
# it is bad), and its number of generations read, by rcmp's Node API (dist/node.js).
GENERATIONS=$(node --input-type=module -e '
  const [api, file, targets] = process.argv.slice(1);
  const {loadCalibration} = await import((await import("node:url")).pathToFileURL(api).href);
  try {
    console.log((await loadCalibration(file, {targets: targets || undefined})).spec.generations);
  } catch (err) {
    for (const line of err.message.split("\n")) console.error(`calibrate-array.sh: ${line}`);
    process.exitCode = err.name === "InputError" ? 2 : 1;
  }' "$(pwd)/dist/node.js" "$CALIBRATION" "$TARGETS") || exit $?

# Paths quoted for the job's shell, so that folders with spaces or quotes work.
q() { printf '%q' "$1"; }
OUT=$RESULTS/calibration
RCMP="node $(q "$MAIN") calibrate $(q "$CALIBRATION") --out $(q "$OUT")${TARGETS:+ --targets $(q "$TARGETS")}"

mkdir -p "$RESULTS/logs"

# `sbatch --parsable` prints "<id>" or, on a multi-cluster site, "<id>;<cluster>".
LAST=""
for ((g = 0; g < GENERATIONS; g++)); do
  ARRAY_JOB=$(sbatch --parsable \
    --job-name="rcmp-$NAME-g$g" \
    --array="0-$((TASKS - 1))" \
    ${LAST:+--dependency=afterok:$LAST --kill-on-invalid-dep=yes} \
    --cpus-per-task="$CPUS" \
    --mem=2G \
    --time=02:00:00 \
    --requeue \
    --output="$RESULTS/logs/generation-$g.task-%a.out" \
    --wrap="$SETUP
      $RCMP --shard \$SLURM_ARRAY_TASK_ID/$TASKS --generation $g --workers \$SLURM_CPUS_PER_TASK")
  ARRAY_JOB=${ARRAY_JOB%%;*}

  COLLECT_JOB=$(sbatch --parsable \
    --job-name="rcmp-$NAME-g$g-collect" \
    --dependency="afterok:$ARRAY_JOB" \
    --kill-on-invalid-dep=yes \
    --cpus-per-task="$CPUS" \
    --mem=2G \
    --time=02:00:00 \
    --output="$RESULTS/logs/generation-$g.collect.out" \
    --wrap="$SETUP
      $RCMP --collect --generation $g --workers \$SLURM_CPUS_PER_TASK")
  COLLECT_JOB=${COLLECT_JOB%%;*}
  LAST=$COLLECT_JOB
  echo "submitted: generation $g: array job $ARRAY_JOB ($TASKS tasks), collect job $COLLECT_JOB"
done

echo "results will be in $OUT; logs in $RESULTS/logs"
echo "submitted: $GENERATIONS generations, last collect job $LAST"

"""Drive rcmp-sim from Python with the standard library only.

``RcmpModel`` starts ``rcmp eval <scenario> --json`` once, as a subprocess, and keeps it running:
each call writes one row of parameters (``--set`` paths) to its standard input and reads the
answer from its standard output, so a model evaluation costs one run, not a process start.

    from rcmp_model import RcmpModel

    with RcmpModel("scenarios/igc-1985.yaml", metrics=["dispersion", "toStandard"]) as model:
        out = model({"dynamics.hegemonBias": 2, "processes.igc.ngo": 0.5})
        print(out["final.dispersion"])                     # one run, the scenario's seed
        many = model.map([{"dynamics.hegemonBias": h} for h in (0, 1, 2, 4)])   # batched

Outcomes are the columns of a sweep's runs.csv: ``ticks``, ``final.<metric>``, ``convergedAt``,
``beta``, ``hegemonPull``, ``meetings``, ``withheld`` (None where the run could not compute one),
plus ``row``, ``replicate`` and ``seed``. A row that fails raises ``RcmpError`` naming the row
and the path; the process goes on, so the next call works.

Seeds (see ``rcmp eval --help``): by default every row runs with the scenario's own seed, so the
model is a deterministic function of its parameters (what SALib expects); ``seed=S`` gives row r
the seed a sweep of seed S gives design point r (a new draw per row, as ABC wants); a ``"seed"``
key in a row sets that run's seed. With ``replicates=R`` each row runs R times; ``__call__``
returns the mean of each outcome over the replicates, ``evaluate`` the R answers.

The rcmp command is, in order: the environment variable ``RCMP_COMMAND`` (e.g. ``"npx rcmp"``),
``node dist/cli/main.js`` of the checkout this file is in (after ``npm run build``), ``rcmp`` on
the PATH.

Run this file for a demonstration: ``python3 examples/python/rcmp_model.py [scenario]``.
"""

import json
import os
import shlex
import shutil
import subprocess
import sys
import threading

__all__ = ["RcmpModel", "RcmpError", "rcmp_command"]


class RcmpError(RuntimeError):
    """A row rcmp could not run: the message names the row, the input line and the path."""


def rcmp_command():
    """The command that runs rcmp, as a list (see the module's documentation)."""
    if os.environ.get("RCMP_COMMAND"):
        return shlex.split(os.environ["RCMP_COMMAND"])
    here = os.path.dirname(os.path.abspath(__file__))
    built = os.path.join(here, "..", "..", "dist", "cli", "main.js")
    if os.path.exists(built):
        return ["node", os.path.normpath(built)]
    if shutil.which("rcmp"):
        return ["rcmp"]
    raise RcmpError("rcmp not found: set RCMP_COMMAND, run `npm run build` in the checkout, or install rcmp-sim")


def _plain(value):
    """JSON for NumPy scalars and arrays too (SALib and pyabc hand those over)."""
    if hasattr(value, "tolist"):
        return value.tolist()
    raise TypeError(f"cannot send {type(value).__name__} to rcmp: use numbers, strings or booleans")


def _mean(answers):
    """Each outcome's mean over the replicates, leaving out None; None when every one is None."""
    out = dict(answers[0])
    for key, first in answers[0].items():
        if key in ("row", "replicate", "seed") or not isinstance(first, (int, float, type(None))):
            continue
        values = [a[key] for a in answers if a.get(key) is not None]
        out[key] = sum(values) / len(values) if values else None
    out["replicate"] = None
    return out


class RcmpModel:
    """A running ``rcmp eval`` process: call it with a dict of ``--set`` paths to values."""

    def __init__(self, scenario, metrics=None, workers=None, seed=None, replicates=1, command=None, cwd=None):
        args = [*(command or rcmp_command()), "eval", str(scenario), "--json"]
        for metric in metrics or []:
            args += ["--metric", metric]
        if workers is not None:
            args += ["--workers", str(workers)]
        if seed is not None:
            args += ["--seed", str(seed)]
        args += ["--replicates", str(replicates)]
        self.replicates = replicates
        self._lock = threading.Lock()
        # stderr is left to the terminal: warnings and set-up errors show there
        self._proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=cwd)

    def _send(self, params):
        self._proc.stdin.write(json.dumps(params, default=_plain) + "\n")

    def _receive(self):
        line = self._proc.stdout.readline()
        if not line:
            code = self._proc.wait()
            raise RcmpError(f"rcmp eval ended (exit code {code}); see its message above")
        return json.loads(line)

    def evaluate(self, params):
        """The answers for one row, one dict per replicate; raises RcmpError if the row failed."""
        with self._lock:
            self._send(params)
            self._proc.stdin.flush()
            answers = [self._receive() for _ in range(self.replicates)]
        failed = [a["error"] for a in answers if "error" in a]
        if failed:
            raise RcmpError(failed[0])
        return answers

    def __call__(self, params):
        """The outcomes of one row as a dict (with replicates: each outcome's mean over them)."""
        answers = self.evaluate(params)
        return answers[0] if len(answers) == 1 else _mean(answers)

    def map(self, rows):
        """The answers for many rows, in order: one dict per row and replicate; failed ones hold "error".

        Rows are written by a second thread while this one reads, so neither pipe fills up and
        rcmp gets them in batches for its workers.
        """
        rows = list(rows)
        with self._lock:
            def write():
                for params in rows:
                    self._send(params)
                self._proc.stdin.flush()

            writer = threading.Thread(target=write, daemon=True)
            writer.start()
            answers = [self._receive() for _ in range(len(rows) * self.replicates)]
            writer.join()
        return answers

    def close(self):
        """Ends the input and waits for rcmp to exit; returns its exit code (1 if some rows failed)."""
        if self._proc.stdin and not self._proc.stdin.closed:
            self._proc.stdin.close()
        code = self._proc.wait()
        self._proc.stdout.close()
        return code

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _demo(scenario):
    print(f"rcmp eval {scenario}: final dispersion by hegemon bias and NGO access to the IGC")
    with RcmpModel(scenario, metrics=["dispersion", "toHegemon"], workers=2) as model:
        rows = [{"dynamics.hegemonBias": h, "processes.igc.ngo": q} for h in (0, 1, 2, 4) for q in (0, 1)]
        for params, out in zip(rows, model.map(rows)):
            print(f"  hegemonBias={params['dynamics.hegemonBias']} ngo={params['processes.igc.ngo']}: "
                  f"dispersion {out['final.dispersion']:.4f}, toHegemon {out['final.toHegemon']:.4f}")
        try:
            model({"dynamics.hegmonBias": 2})
        except RcmpError as err:
            print(f"  a bad row raises RcmpError: {err}")
        print(f"  and the model goes on: {model({'dynamics.hegemonBias': 2})['final.dispersion']:.4f}")


if __name__ == "__main__":
    _demo(sys.argv[1] if len(sys.argv) > 1 else "scenarios/igc-1985.yaml")

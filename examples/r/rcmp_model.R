# Drive rcmp-sim from R with base R only (no packages).
#
#   source("examples/r/rcmp_model.R")
#
#   # Many rows at once: a data frame whose column names are --set paths -> a data frame of outcomes
#   X <- data.frame("dynamics.hegemonBias" = c(0, 1, 2, 4), "processes.igc.ngo" = 0.5, check.names = FALSE)
#   Y <- rcmp_eval(X, "scenarios/igc-1985.yaml", metrics = c("dispersion", "toStandard"))
#   Y[["final.dispersion"]]
#
#   # One row at a time from a long-lived process (e.g. inside an optimiser or an ABC sampler)
#   model <- rcmp_session("scenarios/igc-1985.yaml", metrics = "dispersion")
#   model$eval(list("dynamics.hegemonBias" = 2))[["final.dispersion"]]
#   model$close()
#
# Outcomes are the columns of a sweep's runs.csv (ticks, final.<metric>, convergedAt, beta,
# hegemonPull, meetings, withheld) after row, replicate and seed; a row that failed has NA
# outcomes and its message in `error` (rcmp_eval), or stops with it (rcmp_session's eval, after
# which the session still works). NA in X leaves the scenario's value. Seeds: by default every
# row runs with the scenario's own seed; `seed = S` gives row r the seed a sweep of seed S gives
# design point r; a `seed` column sets each row's seed (see `rcmp eval --help`).
#
# The rcmp command is, in order: the environment variable RCMP_COMMAND (e.g. "npx rcmp"),
# `node dist/cli/main.js` when run from the checkout (after `npm run build`), `rcmp` on the PATH.
#
# Run this file for a demonstration: Rscript examples/r/rcmp_model.R [scenario]

rcmp_command <- function() {
  env <- Sys.getenv("RCMP_COMMAND")
  if (nzchar(env)) return(strsplit(env, " +")[[1]])
  if (file.exists("dist/cli/main.js")) return(c("node", normalizePath("dist/cli/main.js")))
  if (nzchar(Sys.which("rcmp"))) return("rcmp")
  stop("rcmp not found: set RCMP_COMMAND, run `npm run build` in the checkout, or install rcmp-sim")
}

# Values as rcmp reads them: numbers with 17 significant digits (they read back as the same
# doubles; write.csv keeps only 15), logicals as true/false, text as it is, NA kept.
rcmp_cells <- function(x) {
  if (is.logical(x)) return(ifelse(is.na(x), NA, tolower(as.character(x))))
  if (is.numeric(x)) return(ifelse(is.na(x), NA, sprintf("%.17g", as.double(x))))
  as.character(x)
}

# The arguments of `rcmp eval` after the command.
rcmp_args <- function(scenario, metrics, workers, seed, replicates) {
  args <- c("eval", shQuote(scenario))
  for (m in metrics) args <- c(args, "--metric", shQuote(m))
  if (!is.null(workers)) args <- c(args, "--workers", workers)
  if (!is.null(seed)) args <- c(args, "--seed", format(seed, scientific = FALSE))
  c(args, "--replicates", replicates)
}

# Outcomes of every row of `params` (a data frame, columns named by --set paths), `replicates`
# rows each, in order: one `rcmp eval` process reads them all from a file.
rcmp_eval <- function(params, scenario, metrics = NULL, workers = NULL, seed = NULL, replicates = 1,
                      command = rcmp_command()) {
  input <- tempfile(fileext = ".csv")
  on.exit(unlink(input))
  params[] <- lapply(params, rcmp_cells)
  write.csv(params, input, row.names = FALSE, na = "")
  out <- suppressWarnings(system2(command[1], c(command[-1], rcmp_args(scenario, metrics, workers, seed, replicates)),
                                  stdin = input, stdout = TRUE))
  status <- attr(out, "status")
  if (!is.null(status) && status > 1) stop("rcmp eval failed (exit code ", status, "); see its message above")
  read.csv(text = out, check.names = FALSE, colClasses = c(error = "character"))
}

# A long-lived `rcmp eval` process: `eval(row)` writes one row (a named list) and reads its answer,
# a one-row data frame; `close()` ends it. Input goes through a named pipe (base R's pipe() is
# one-way), so this needs a Unix-like system.
rcmp_session <- function(scenario, metrics = NULL, workers = 1, seed = NULL, replicates = 1,
                         command = rcmp_command()) {
  fifo_path <- tempfile("rcmp-in-")
  if (system2("mkfifo", shQuote(fifo_path)) != 0) stop("mkfifo failed: rcmp_session needs a Unix-like system")
  cmd <- paste(c(shQuote(command), rcmp_args(scenario, metrics, workers, seed, replicates)), collapse = " ")
  output <- pipe(paste(cmd, "<", shQuote(fifo_path)), open = "r")
  input <- fifo(fifo_path, open = "w", blocking = TRUE)
  header <- readLines(output, n = 1)
  columns <- NULL
  send <- function(row) {
    row <- row[!vapply(row, function(v) length(v) == 1 && is.na(v), logical(1))]
    if (is.null(columns)) {
      columns <<- names(row)
      writeLines(paste(columns, collapse = ","), input)
    }
    if (!identical(sort(names(row)), sort(columns))) stop("every row must set the same paths as the first: ", paste(columns, collapse = ", "))
    cells <- vapply(columns, function(p) paste0('"', gsub('"', '""', rcmp_cells(row[[p]])), '"'), character(1))
    writeLines(paste(cells, collapse = ","), input)
    flush(input)
  }
  list(
    eval = function(row) {
      send(row)
      answer <- read.csv(text = c(header, readLines(output, n = replicates)), check.names = FALSE,
                         colClasses = c(error = "character"))
      if (any(nzchar(answer$error))) stop(answer$error[nzchar(answer$error)][1], call. = FALSE)
      answer
    },
    close = function() {
      close(input)
      status <- close(output)
      unlink(fifo_path)
      invisible(status)
    }
  )
}

if (sys.nframe() == 0L) {
  args <- commandArgs(trailingOnly = TRUE)
  scenario <- if (length(args) > 0) args[1] else "scenarios/igc-1985.yaml"
  cat("rcmp_eval: final dispersion by hegemon bias, NGOs at half access\n")
  X <- data.frame("dynamics.hegemonBias" = c(0, 1, 2, 4), "processes.igc.ngo" = 0.5, check.names = FALSE)
  Y <- rcmp_eval(X, scenario, metrics = c("dispersion", "toHegemon"), workers = 2)
  print(cbind(X, Y[, c("seed", "final.dispersion", "final.toHegemon")]), digits = 4)
  cat("rcmp_session: one row at a time\n")
  model <- rcmp_session(scenario, metrics = "dispersion")
  for (h in c(0, 4)) cat(sprintf("  hegemonBias=%g: dispersion %.4f\n", h, model$eval(list("dynamics.hegemonBias" = h))[["final.dispersion"]]))
  bad <- tryCatch(model$eval(list("dynamics.hegemonBias" = 60)), error = function(e) conditionMessage(e))
  cat("  a bad row stops with:", bad, "\n")
  cat(sprintf("  and the session goes on: %.4f\n", model$eval(list("dynamics.hegemonBias" = 2))[["final.dispersion"]]))
  model$close()
}

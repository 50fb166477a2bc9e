// main.cc: the `dqe` command-line tool. Parses the command line (CLI11) and
// runs one command; the commands live in their own files.
//
// Exit codes: 0 done, 1 the input could not be read or the output not
// written, 2 bad command line (usage on stderr).
#include <CLI/CLI.hpp>
#include <cstdio>
#include <string>

#include "dqe/version.h"
#include "src/cli/clean_command.h"
#include "src/cli/match_commands.h"
#include "src/cli/normalize_command.h"
#include "src/cli/unmerge_command.h"
#include "src/cli/validate_command.h"

int main(int argc, char** argv) {
  CLI::App app{
      "dqe: data-quality engine for CRM data (names, phones, "
      "emails, companies; Vietnamese, Chinese and Western)",
      "dqe"};
  app.set_version_flag("--version", std::string(dqe::Version()),
                       "Print the version and exit");
  app.require_subcommand(1);
  app.failure_message(CLI::FailureMessage::help);

  dqe::cli::NormalizeRequest normalize;
  CLI::App* normalize_app = app.add_subcommand(
      "normalize",
      "Normalize values and print one JSON object per value, one per line.\n"
      "Values that start with '-' go after '--'.");
  normalize_app->add_option("--kind", normalize.kind, "What the values are")
      ->required()
      ->check(CLI::IsMember(dqe::cli::NormalizeKinds()));
  normalize_app->add_option(
      "--region", normalize.region,
      "ISO 3166 region for phone numbers without a country code (default VN)");
  normalize_app->add_flag("--percent", normalize.percent,
                          "Numbers are percents: 2, 2% and 0.02 are 2 percent");
  normalize_app->add_flag("--days", normalize.days,
                          "Numbers are day counts: 30 is 30 days");
  normalize_app->add_option("VALUE", normalize.values, "Values to normalize")
      ->required();

  dqe::cli::CleanRequest clean;
  CLI::App* clean_app = app.add_subcommand(
      "clean",
      "Read a CRM export CSV, add normalized columns after each name, phone, "
      "email and company column, write the CSV (stdout by default), and print "
      "issues and a summary on stderr");
  clean_app->add_option("INPUT", clean.input, "CSV file to read ('-': stdin)")
      ->required();
  clean_app->add_option("--out,-o", clean.output,
                        "CSV file to write (default: stdout)");
  clean_app->add_option("--region", clean.region,
                        "ISO 3166 region for phones of rows without a known "
                        "country (default VN)");

  dqe::cli::MatchRequest dedupe;
  CLI::App* dedupe_app = app.add_subcommand(
      "dedupe",
      "Find the duplicate rows of a CSV: writes id,cluster_id for every row, "
      "and optionally the accepted pairs with their explanation");
  dedupe_app->add_option("INPUT", dedupe.input, "CSV file to read ('-': stdin)")
      ->required();
  dedupe_app->add_option("--config", dedupe.config,
                         "JSON config (default: inferred from the header)");
  dedupe_app->add_option("--model", dedupe.model,
                         "Model JSON written by `dqe train` (default: the "
                         "config's weights)");
  CLI::Option* clusters_opt = dedupe_app->add_option(
      "--clusters", dedupe.clusters, "CSV to write: id,cluster_id");
  dedupe_app->add_option("--pairs", dedupe.pairs,
                         "CSV to write: the accepted pairs, explained");
  dedupe_app->add_option("--pairs-min-probability", dedupe.pairs_min_probability,
                         "Also write pairs below the threshold down to this "
                         "match probability (accepted=no), to review it")
      ->check(CLI::Range(0.0, 1.0));
  dedupe_app->add_option("--threads", dedupe.threads,
                         "Worker threads (default: all cores)")
      ->check(CLI::Range(0, 256));
  dedupe_app->add_option("--golden", dedupe.golden,
                         "CSV to write: one golden record per cluster "
                         "(golden_id,members, then the input's columns)");
  dedupe_app->add_option("--lineage", dedupe.lineage,
                         "CSV to write: every source cell with its golden id "
                         "and fate (golden, same, lost, empty, id); `dqe "
                         "unmerge` restores rows from it");
  dedupe_app->add_option("--remap", dedupe.remap,
                         "CSV to write: old_id,golden_id for every row, to "
                         "re-point foreign keys");
  CLI::Option* explain_opt = dedupe_app->add_flag(
      "--explain-schema", dedupe.explain_schema,
      "Print the effective config for INPUT's header (inferred columns, "
      "rules, comparisons, defaults) and exit");
  clusters_opt->excludes(explain_opt);

  dqe::cli::UnmergeRequest unmerge;
  CLI::App* unmerge_app = app.add_subcommand(
      "unmerge",
      "Restore the source rows of golden records, byte for byte, from the "
      "LINEAGE.csv `dqe dedupe --lineage` wrote");
  unmerge_app->add_option("LINEAGE", unmerge.lineage, "LINEAGE.csv to read")
      ->required();
  unmerge_app->add_option("--golden", unmerge.golden,
                          "Golden id to restore (repeat; default: all)");
  unmerge_app->add_option("--out,-o", unmerge.output,
                          "CSV to write (default: stdout)");

  dqe::cli::MatchRequest link;
  CLI::App* link_app = app.add_subcommand(
      "link",
      "Link two CSVs: for every row of RIGHT, its best match in LEFT or "
      "\"new\"");
  link_app->add_option("LEFT", link.input, "CSV file, e.g. the CRM export")
      ->required();
  link_app->add_option("RIGHT", link.right,
                       "CSV file, e.g. a spreadsheet to bring in")
      ->required();
  link_app->add_option("--config", link.config, "JSON config");
  link_app->add_option("--model", link.model, "Model JSON from `dqe train`");
  link_app->add_option("--matches", link.matches,
                       "CSV to write: right_id,left_id,status,weight,probability")
      ->required();
  link_app->add_option("--pairs", link.pairs,
                       "CSV to write: the accepted pairs, explained");
  link_app->add_option("--pairs-min-probability", link.pairs_min_probability,
                       "Also write pairs below the threshold down to this "
                       "match probability (accepted=no)")
      ->check(CLI::Range(0.0, 1.0));
  link_app->add_option("--threads", link.threads, "Worker threads")
      ->check(CLI::Range(0, 256));

  dqe::cli::MatchRequest train;
  CLI::App* train_app = app.add_subcommand(
      "train",
      "Estimate the comparison weights from a CSV without labels (EM) and "
      "write a model for `dqe dedupe --model`");
  train_app->add_option("INPUT", train.input, "CSV file to read")->required();
  train_app->add_option("--config", train.config, "JSON config");
  train_app->add_option("--model", train.model_out, "Model JSON to write")
      ->required();
  train_app->add_option("--threads", train.threads, "Worker threads")
      ->check(CLI::Range(0, 256));

  dqe::cli::ValidateRequest validate;
  CLI::App* validate_app = app.add_subcommand(
      "validate",
      "Check every row of a CSV against the config's validation rules (required "
      "fields, phone/email/date formats, picklists, lengths, phone vs country) "
      "and write one line per issue, plus completeness and validity per column");
  validate_app->add_option("INPUT", validate.input, "CSV file to read ('-': stdin)")
      ->required();
  validate_app->add_option("--config", validate.config,
                           "JSON config; its \"validation\" object holds the rules "
                           "(default: formats by the inferred column kinds)");
  validate_app->add_option("--issues", validate.issues,
                           "CSV to write: row,id,column,rule,code,severity,"
                           "message,value")
      ->required();
  validate_app->add_option("--summary", validate.summary,
                           "JSON to write: counts per code, completeness and "
                           "validity per column");
  validate_app->add_option("--threads", validate.threads,
                           "Worker threads (default: all cores)")
      ->check(CLI::Range(0, 256));

  try {
    app.parse(argc, argv);
    if (dedupe_app->parsed() && !dedupe.explain_schema &&
        dedupe.clusters.empty()) {
      throw CLI::RequiredError("--clusters");
    }
  } catch (const CLI::ParseError& e) {
    // --help and --version exit 0; every other error prints the usage on
    // stderr and exits 2.
    return app.exit(e) == 0 ? 0 : 2;
  }
  if (normalize_app->parsed()) {
    return dqe::cli::RunNormalize(normalize, stdout);
  }
  if (dedupe_app->parsed()) return dqe::cli::RunDedupe(dedupe, stdout, stderr);
  if (unmerge_app->parsed()) return dqe::cli::RunUnmerge(unmerge, stdout, stderr);
  if (link_app->parsed()) return dqe::cli::RunLink(link, stderr);
  if (train_app->parsed()) return dqe::cli::RunTrain(train, stderr);
  if (validate_app->parsed()) return dqe::cli::RunValidate(validate, stderr);
  return dqe::cli::RunClean(clean, stdout, stderr);
}

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
#include "src/cli/normalize_command.h"

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

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help and --version exit 0; every other error prints the usage on
    // stderr and exits 2.
    return app.exit(e) == 0 ? 0 : 2;
  }
  if (normalize_app->parsed()) {
    return dqe::cli::RunNormalize(normalize, stdout);
  }
  return dqe::cli::RunClean(clean, stdout, stderr);
}

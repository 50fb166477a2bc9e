// train_command.cc: `dqe train` (see match_commands.h).
#include <cmath>
#include <cstdio>
#include <string>

#include "absl/strings/str_cat.h"
#include "dqe/engine.h"
#include "dqe/score.h"
#include "src/cli/match_commands.h"
#include "src/cli/match_input.h"

namespace dqe::cli {

int RunTrain(const MatchRequest& request, FILE* log) {
  absl::StatusOr<std::unique_ptr<Engine>> engine = LoadEngine(request.config);
  if (!engine.ok()) {
    std::fprintf(log, "dqe: %s\n", std::string(engine.status().message()).c_str());
    return 1;
  }
  LoadedTable table;
  Progress(log, "reading " + request.input);
  if (absl::Status s = LoadTable(request.input, log, &table); !s.ok()) {
    ProgressDone(log);
    std::fprintf(log, "dqe: %s\n", std::string(s.message()).c_str());
    return 1;
  }
  Progress(log, absl::StrCat("training on ", table.view.num_rows, " rows"));
  MatchOptions options;
  options.threads = request.threads;
  absl::StatusOr<Model> model = (*engine)->Train(table.view, options);
  ProgressDone(log);
  if (!model.ok()) {
    std::fprintf(log, "dqe: %s: %s\n", request.input.c_str(),
                 std::string(model.status().message()).c_str());
    return 1;
  }
  absl::StatusOr<FILE*> file = OpenOutput(request.model_out);
  if (!file.ok()) {
    std::fprintf(log, "dqe: %s\n", std::string(file.status().message()).c_str());
    return 1;
  }
  const std::string json = model->ToJson() + "\n";
  const bool ok = std::fwrite(json.data(), 1, json.size(), *file) == json.size();
  if (std::fclose(*file) != 0 || !ok) {
    std::fprintf(log, "dqe: %s: could not be written\n", request.model_out.c_str());
    return 1;
  }
  std::fprintf(log, "dqe: prior %.6g (match weight %+.2f)\n", model->prior,
               PriorWeight(model->prior));
  for (const ComparisonModel& c : model->comparisons) {
    std::fprintf(log, "dqe:   %s:", c.name.c_str());
    for (const LevelModel& l : c.levels) {
      std::fprintf(log, " %s %+.2f", l.name.c_str(), MatchWeight(l.m, l.u));
    }
    std::fprintf(log, "\n");
  }
  std::fprintf(log, "dqe: wrote %s\n", request.model_out.c_str());
  return 0;
}

}  // namespace dqe::cli

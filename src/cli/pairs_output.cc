// pairs_output.cc: the PAIRS.csv of dedupe and link.
#include "src/cli/pairs_output.h"

#include <cstdio>

#include "absl/strings/str_format.h"
#include "src/cli/match_input.h"
#include "src/io/csv_writer.h"

namespace dqe::cli {

absl::Status WritePairs(const std::string& path,
                        const std::vector<ComparisonInfo>& comparisons,
                        const std::vector<MatchedPair>& pairs,
                        const std::function<std::string_view(uint32_t)>& id_a,
                        const std::function<std::string_view(uint32_t)>& id_b) {
  absl::StatusOr<FILE*> file = OpenOutput(path);
  if (!file.ok()) return file.status();
  absl::Status status;
  {
    internal::CsvWriter writer(*file);
    std::vector<std::string> header = {"id1", "id2", "weight", "probability",
                                       "accepted"};
    for (const ComparisonInfo& c : comparisons) {
      header.push_back(c.name);
      header.push_back(c.name + "_weight");
    }
    writer.WriteRow(std::span<const std::string>(header));
    std::string weight, probability, level_weight;
    for (const MatchedPair& p : pairs) {
      writer.Add(id_a(p.a));
      writer.Add(id_b(p.b));
      weight = absl::StrFormat("%.3f", p.weight);
      probability = absl::StrFormat("%.6f", p.probability);
      writer.Add(weight);
      writer.Add(probability);
      writer.Add(p.accepted ? "yes" : "no");
      for (size_t c = 0; c < comparisons.size(); ++c) {
        const uint8_t level = p.levels[c];
        writer.Add(level == MatchedPair::kMissing ? std::string_view("missing")
                                                  : std::string_view(
                                                        comparisons[c].levels[level]));
        level_weight = absl::StrFormat("%.3f", p.weights[c]);
        writer.Add(level_weight);
      }
      writer.EndRow();
    }
    status = writer.Flush();
  }
  if (std::fclose(*file) != 0 && status.ok()) {
    status = absl::DataLossError(path + ": could not be written completely");
  }
  return status;
}

}  // namespace dqe::cli

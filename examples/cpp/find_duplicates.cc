// find_duplicates.cc: the C++ API's dedupe on a few CRM rows, with the
// explanation of every accepted pair.
//
//   c++ -std=c++20 find_duplicates.cc $(pkg-config --cflags --libs dqe)
//
// Exit code 0 when it ran; 1 on an error.
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "dqe/config.h"
#include "dqe/engine.h"
#include "dqe/score.h"

int main() {
  // Columns as a CRM export has them; the engine infers their kinds from the
  // header, as `dqe dedupe` does without --config.
  const std::vector<std::string> header = {"id", "Họ tên", "SĐT", "Email",
                                           "Công ty"};
  const std::vector<std::vector<std::string_view>> columns = {
      {"KH001", "KH002", "KH003", "KH004", "KH005", "KH006"},
      {"Nguyễn Văn An", "NGUYEN VAN  AN", "Trần Thị Bích Ngọc", "張偉", "Wei Zhang",
       "Nguyễn Văn An"},
      {"0912 345 678", "+84 (0) 912-345-678", "0903 111 222", "+886 912 000 111",
       "0912-000-111", "0977 888 999"},
      {"nguyen.van.an@gmail.com", "Nguyen.Van.An+crm@GoogleMail.com",
       "ngoc.tran@yahoo.com", "wei.zhang@outlook.com", "wei.zhang@outlook.com",
       "an.nguyen@vnpt.vn"},
      {"Công ty TNHH Minh Phát", "CONG TY TNHH MINH PHAT", "", "台灣精密工業股份有限公司",
       "Taiwan Precision Industry Co., Ltd.", "Công ty Cổ phần Sao Mai"}};

  dqe::TableView table;
  table.header = header;
  for (const auto& column : columns) table.columns.emplace_back(column);
  table.num_rows = columns[0].size();

  absl::StatusOr<dqe::Config> config = dqe::Config::FromJson("{}");
  if (!config.ok()) return 1;
  absl::StatusOr<std::unique_ptr<dqe::Engine>> engine = dqe::Engine::Create(*config);
  if (!engine.ok()) return 1;
  absl::StatusOr<dqe::DedupeResult> result = (*engine)->Dedupe(table);
  if (!result.ok()) {
    std::fprintf(stderr, "find_duplicates: %s\n",
                 std::string(result.status().message()).c_str());
    return 1;
  }
  const auto id = [&](uint32_t row) { return std::string(columns[0][row]); };
  for (size_t row = 0; row < table.num_rows; ++row) {
    std::printf("%s -> cluster %s\n", id(row).c_str(),
                id(result->cluster_of_row[row]).c_str());
  }
  for (const dqe::MatchedPair& pair : result->pairs) {
    std::printf("%s ~ %s  probability %.4f:", id(pair.a).c_str(), id(pair.b).c_str(),
                pair.probability);
    for (size_t c = 0; c < result->comparisons.size(); ++c) {
      if (pair.levels[c] == dqe::MatchedPair::kMissing) continue;
      std::printf(" %s %s (%+.1f);", result->comparisons[c].name.c_str(),
                  result->comparisons[c].levels[pair.levels[c]].c_str(),
                  pair.weights[c]);
    }
    std::printf("\n");
  }
  return 0;
}

// Fuzz target: the lineage reader of `dqe unmerge` (src/cli/unmerge_command.h)
// on any bytes as LINEAGE.csv — a file a host may have kept for months and
// edited by hand. It restores every source row or fails naming a line;
// restoring one golden record gives a subset of restoring them all, and
// what it writes reads back as CSV with one record per restored row.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "src/cli/unmerge_command.h"
#include "src/io/csv_reader.h"

namespace {

// Runs `dqe unmerge` on the lineage file; returns its exit code and what it
// wrote.
int Unmerge(const std::string& path, const std::string& golden,
            std::string* written) {
  char* buffer = nullptr;
  size_t length = 0;
  FILE* out = open_memstream(&buffer, &length);
  FILE* log = std::fopen("/dev/null", "w");
  if (out == nullptr || log == nullptr) std::abort();
  dqe::cli::UnmergeRequest request;
  request.lineage = path;
  if (!golden.empty()) request.golden.push_back(golden);
  const int code = dqe::cli::RunUnmerge(request, out, log);
  std::fclose(out);
  std::fclose(log);
  written->assign(buffer, length);
  std::free(buffer);
  return code;
}

size_t Records(const std::string& csv) {
  absl::StatusOr<dqe::internal::CsvTable> table = dqe::internal::ReadCsv(csv);
  if (!table.ok()) std::abort();  // what unmerge writes reads back
  return table->num_rows();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string path = "/tmp/dqe-lineage-fuzz-" +
                                  std::to_string(static_cast<long>(getpid())) +
                                  ".csv";
  FILE* file = std::fopen(path.c_str(), "wb");
  if (file == nullptr) std::abort();
  if (size > 0) std::fwrite(data, 1, size, file);
  std::fclose(file);

  std::string all;
  const int code = Unmerge(path, "", &all);
  if (code != 0 && code != 1) std::abort();
  if (code == 0) {
    const size_t restored = Records(all);
    // A golden id of the file: restoring just its rows restores no more.
    absl::StatusOr<dqe::internal::CsvTable> lineage = dqe::internal::ReadCsv(
        std::string_view(reinterpret_cast<const char*>(data), size));
    if (lineage.ok() && lineage->num_rows() > 0 &&
        !lineage->cell(0, 0).empty()) {
      std::string some;
      if (Unmerge(path, std::string(lineage->cell(0, 0)), &some) != 0)
        std::abort();
      if (Records(some) > restored) std::abort();
    }
  }
  std::remove(path.c_str());
  return 0;
}

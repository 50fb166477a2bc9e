// merge_output.cc: GOLDEN.csv, LINEAGE.csv and REMAP.csv (merge_output.h).
#include "src/cli/merge_output.h"

#include <cstdio>
#include <functional>

#include "absl/strings/str_cat.h"
#include "src/io/csv_writer.h"

namespace dqe::cli {
namespace {

absl::Status WriteFile(const std::string& path,
                       const std::function<void(internal::CsvWriter&)>& body) {
  absl::StatusOr<FILE*> file = OpenOutput(path);
  if (!file.ok()) return file.status();
  absl::Status written;
  {
    internal::CsvWriter writer(*file);
    body(writer);
    written = writer.Flush();
  }
  if (std::fclose(*file) != 0 && written.ok()) {
    written = absl::DataLossError(path + ": could not be written");
  }
  if (!written.ok()) return absl::Status(written.code(), path + ": " + std::string(written.message()));
  return written;
}

}  // namespace

absl::Status WriteGolden(const std::string& path, const MergeResult& merge) {
  return WriteFile(path, [&](internal::CsvWriter& w) {
    w.Add("golden_id");
    w.Add("members");
    for (const std::string& h : merge.header) w.Add(h);
    w.EndRow();
    std::string count;
    for (const GoldenRecord& g : merge.golden) {
      w.Add(g.golden_id);
      count = absl::StrCat(g.members.size());
      w.Add(count);
      for (const std::string& v : g.values) w.Add(v);
      w.EndRow();
    }
  });
}

absl::Status WriteLineage(const std::string& path, const MergeResult& merge,
                          const LoadedTable& table) {
  return WriteFile(path, [&](internal::CsvWriter& w) {
    w.WriteRow({"golden_id", "source_id", "source_row", "column", "value", "fate"});
    std::string row_number, extra_name;
    const size_t width = merge.header.size();
    for (const GoldenRecord& g : merge.golden) {
      for (uint32_t r : g.members) {
        row_number = absl::StrCat(r + 1);
        const size_t fields = table.csv.field_count(r);
        for (size_t c = 0; c < width; ++c) {
          w.Add(g.golden_id);
          w.Add(merge.ids[r]);
          w.Add(row_number);
          w.Add(merge.header[c]);
          w.Add(table.csv.cell(r, c));
          // A short record was padded with empty cells it never had.
          w.Add(c < fields ? CellFateName(merge.Fate(r, c)) : "absent");
          w.EndRow();
        }
        std::span<const std::string_view> extra = table.csv.extra_cells(r);
        for (size_t e = 0; e < extra.size(); ++e) {
          extra_name = absl::StrCat("#", width + e + 1);
          w.Add(g.golden_id);
          w.Add(merge.ids[r]);
          w.Add(row_number);
          w.Add(extra_name);
          w.Add(extra[e]);
          w.Add("extra");
          w.EndRow();
        }
      }
    }
  });
}

absl::Status WriteRemap(const std::string& path, const MergeResult& merge) {
  return WriteFile(path, [&](internal::CsvWriter& w) {
    w.WriteRow({"old_id", "golden_id"});
    for (size_t r = 0; r < merge.ids.size(); ++r) {
      w.WriteRow({std::string_view(merge.ids[r]), merge.GoldenIdOf(r)});
    }
  });
}

}  // namespace dqe::cli

// feature_column.h: one column of cells a test owns, normalized as the
// engine normalizes a source of one kind (record_features.h).
#ifndef DQE_TESTS_SUPPORT_FEATURE_COLUMN_H_
#define DQE_TESTS_SUPPORT_FEATURE_COLUMN_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dqe/schema.h"
#include "src/engine/record_features.h"

namespace dqe::testing {

class FeatureColumn {
 public:
  FeatureColumn(Kind kind, std::vector<std::string> cells) : cells_(std::move(cells)) {
    for (const std::string& s : cells_) views_.push_back(s);
    internal::TableColumns table;
    table.columns.emplace_back(views_);
    table.num_rows = views_.size();
    internal::SourceSpec spec;
    spec.columns = {0};
    spec.kind = kind;
    features_ = std::move(
        internal::ComputeFeatures(table, {&spec, 1}, internal::FeatureOptions())[0]);
  }
  const internal::SourceFeatures& features() const { return features_; }
  size_t size() const { return cells_.size(); }

 private:
  std::vector<std::string> cells_;
  std::vector<std::string_view> views_;
  internal::SourceFeatures features_;
};

}  // namespace dqe::testing

#endif  // DQE_TESTS_SUPPORT_FEATURE_COLUMN_H_

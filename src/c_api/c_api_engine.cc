// The C API's engine: built once from a JSON config (and optionally a
// trained model), shared between threads, running Dedupe, ValidateTable and
// Merge on dqe_tables.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "dqe.h"
#include "dqe/config.h"
#include "dqe/engine.h"
#include "dqe/merge.h"
#include "dqe/score.h"
#include "dqe/table.h"
#include "dqe/validate.h"
#include "src/c_api/c_api_internal.h"
#include "src/common/cat.h"

using dqe::c_api::FromStatus;
using dqe::c_api::Guard;
using dqe::c_api::SetError;
using dqe::internal::Cat;

namespace {

// CheckCall checks the arguments every engine call takes: *out is cleared
// first, then the engine, the table and the thread count are checked.
template <typename Result>
dqe_status CheckCall(const char* function, const dqe_engine* engine,
                     const dqe_table* table, int threads, Result** out,
                     char** error) {
  if (out == nullptr) {
    return SetError(error, DQE_INVALID_ARGUMENT, Cat(function, ": out is NULL"));
  }
  *out = nullptr;
  if (engine == nullptr) {
    return SetError(error, DQE_INVALID_ARGUMENT,
                    Cat(function, ": engine is NULL"));
  }
  if (table == nullptr) {
    return SetError(error, DQE_INVALID_ARGUMENT, Cat(function, ": table is NULL"));
  }
  if (threads < 0) {
    return SetError(error, DQE_INVALID_ARGUMENT,
                    Cat(function, ": threads is negative"));
  }
  return DQE_OK;
}

// FlaggedRows turns the rows the host flagged (dqe_table_set_flags) into
// what a reader of the table reports for a broken record: a ragged_row
// issue, after which the validator does not check the row.
std::vector<dqe::InputIssue> FlaggedRows(const dqe_table& table) {
  std::vector<dqe::InputIssue> issues;
  for (size_t row = 0; row < table.flags.size(); ++row) {
    if (table.flags[row] == 0) continue;
    dqe::InputIssue issue;
    issue.row = static_cast<uint32_t>(row);
    issue.code = dqe::IssueCode::kRaggedRow;
    issue.column = -1;
    issue.message =
        "flagged as unreadable by the host (dqe_table_set_flags); the row is "
        "not checked";
    // The record as the table holds it, its cells joined by commas.
    for (size_t c = 0; c < table.columns.size(); ++c) {
      if (c > 0) issue.value += ',';
      issue.value += table.columns[c].cells[row];
    }
    issues.push_back(std::move(issue));
  }
  return issues;
}

dqe_status Create(const char* function, const char* config, size_t config_len,
                  const char* model, size_t model_len, bool with_model,
                  dqe_engine** out, char** error) {
  if (out == nullptr) {
    return SetError(error, DQE_INVALID_ARGUMENT,
                    std::string(function) + ": out is NULL");
  }
  *out = nullptr;
  std::string_view config_json, model_json;
  if (!dqe::c_api::View(config, config_len, &config_json)) {
    return SetError(error, DQE_INVALID_ARGUMENT,
                    std::string(function) +
                        ": config is NULL with a nonzero length");
  }
  if (!dqe::c_api::View(model, model_len, &model_json)) {
    return SetError(error, DQE_INVALID_ARGUMENT,
                    std::string(function) +
                        ": model is NULL with a nonzero length");
  }
  // An empty config is "{}": every key has its default.
  if (config_json.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    config_json = "{}";
  }
  absl::StatusOr<dqe::Config> parsed = dqe::Config::FromJson(config_json);
  if (!parsed.ok()) {
    return FromStatus(error, absl::Status(parsed.status().code(),
                                          "config: " + std::string(
                                              parsed.status().message().data(),
                                              parsed.status().message().size())));
  }
  auto handle = std::make_unique<dqe_engine>();
  if (with_model) {
    absl::StatusOr<dqe::Model> m = dqe::Model::FromJson(model_json);
    if (!m.ok()) {
      return FromStatus(error, absl::Status(m.status().code(),
                                            "model: " + std::string(
                                                m.status().message().data(),
                                                m.status().message().size())));
    }
    handle->model = *std::move(m);
  }
  absl::StatusOr<std::unique_ptr<dqe::Engine>> engine =
      dqe::Engine::Create(*parsed);
  if (!engine.ok()) return FromStatus(error, engine.status());
  handle->engine = *std::move(engine);
  *out = handle.release();
  return DQE_OK;
}

}  // namespace

extern "C" {

dqe_status dqe_engine_create_from_json(const char* config, size_t config_len,
                                       dqe_engine** out, char** error) {
  return Guard(error, "dqe_engine_create_from_json", [&] {
    return Create("dqe_engine_create_from_json", config, config_len, nullptr,
                  0, false, out, error);
  });
}

dqe_status dqe_engine_create_with_model(const char* config, size_t config_len,
                                        const char* model, size_t model_len,
                                        dqe_engine** out, char** error) {
  return Guard(error, "dqe_engine_create_with_model", [&] {
    return Create("dqe_engine_create_with_model", config, config_len, model,
                  model_len, true, out, error);
  });
}

void dqe_engine_destroy(dqe_engine* engine) { delete engine; }

dqe_status dqe_engine_dedupe(const dqe_engine* engine, const dqe_table* table,
                             int threads, dqe_dedupe_result** out,
                             char** error) {
  return Guard(error, "dqe_engine_dedupe", [&]() -> dqe_status {
    if (dqe_status s = CheckCall("dqe_engine_dedupe", engine, table, threads,
                                 out, error);
        s != DQE_OK) {
      return s;
    }
    const dqe::TableView view = dqe::c_api::ViewOf(*table);
    dqe::MatchOptions options;
    options.threads = threads;
    if (engine->model.has_value()) options.model = &*engine->model;
    absl::StatusOr<dqe::DedupeResult> result =
        engine->engine->Dedupe(view, options);
    if (!result.ok()) return FromStatus(error, result.status());
    auto handle = std::make_unique<dqe_dedupe_result>();
    handle->result = *std::move(result);
    *out = handle.release();
    return DQE_OK;
  });
}

dqe_status dqe_engine_validate(const dqe_engine* engine,
                               const dqe_table* table, int threads,
                               dqe_validation_result** out, char** error) {
  return Guard(error, "dqe_engine_validate", [&]() -> dqe_status {
    if (dqe_status s = CheckCall("dqe_engine_validate", engine, table, threads,
                                 out, error);
        s != DQE_OK) {
      return s;
    }
    // As `dqe validate` does: the rules from the config's "validation"
    // object (defaults when it has none), the schema the engine resolves for
    // this header, phones read in the config's default region.
    const dqe::Config& config = engine->engine->config();
    absl::StatusOr<dqe::ValidationSpec> spec =
        dqe::ValidationSpec::FromJson(config.validation_json);
    if (!spec.ok()) {
      return FromStatus(error,
                        absl::Status(spec.status().code(),
                                     Cat("config: ", spec.status().message())));
    }
    const dqe::TableView view = dqe::c_api::ViewOf(*table);
    absl::StatusOr<dqe::Schema> schema = engine->engine->SchemaFor(view.header);
    if (!schema.ok()) return FromStatus(error, schema.status());
    const std::vector<dqe::InputIssue> flagged = FlaggedRows(*table);
    dqe::ValidationOptions options;
    options.default_region = config.default_region;
    options.input_issues = flagged;
    options.threads = threads;
    absl::StatusOr<dqe::ValidationResult> result =
        dqe::ValidateTable(*schema, *spec, view, options);
    if (!result.ok()) return FromStatus(error, result.status());
    auto handle = std::make_unique<dqe_validation_result>();
    handle->result = *std::move(result);
    *out = handle.release();
    return DQE_OK;
  });
}

dqe_status dqe_engine_merge(const dqe_engine* engine, const dqe_table* table,
                            const dqe_dedupe_result* dedupe, int threads,
                            dqe_merge_result** out, char** error) {
  return Guard(error, "dqe_engine_merge", [&]() -> dqe_status {
    if (dqe_status s = CheckCall("dqe_engine_merge", engine, table, threads,
                                 out, error);
        s != DQE_OK) {
      return s;
    }
    if (dedupe == nullptr) {
      return SetError(error, DQE_INVALID_ARGUMENT,
                      "dqe_engine_merge: dedupe is NULL");
    }
    // The dedupe result must be this table's: same rows, same header (its
    // schema, which says the columns' kinds and roles, is the merge's).
    const dqe::DedupeResult& clusters = dedupe->result;
    if (clusters.cluster_of_row.size() != table->rows) {
      return SetError(error, DQE_INVALID_ARGUMENT,
                      Cat("dqe_engine_merge: the dedupe result has ",
                          clusters.cluster_of_row.size(),
                          " rows, the table has ", table->rows));
    }
    const std::vector<dqe::Column>& columns = clusters.schema.columns;
    if (columns.size() != table->columns.size()) {
      return SetError(error, DQE_INVALID_ARGUMENT,
                      Cat("dqe_engine_merge: the dedupe result is of a table "
                          "with ",
                          columns.size(), " columns, the table has ",
                          table->columns.size()));
    }
    for (size_t c = 0; c < columns.size(); ++c) {
      if (columns[c].name != table->columns[c].name) {
        return SetError(error, DQE_INVALID_ARGUMENT,
                        Cat("dqe_engine_merge: column ", c,
                            " of the dedupe result's table is \"",
                            columns[c].name, "\", the table's is \"",
                            table->columns[c].name, "\""));
      }
    }
    const dqe::TableView view = dqe::c_api::ViewOf(*table);
    dqe::MatchOptions options;
    options.threads = threads;
    absl::StatusOr<dqe::MergeResult> result =
        engine->engine->Merge(view, clusters, options);
    if (!result.ok()) return FromStatus(error, result.status());
    auto handle = std::make_unique<dqe_merge_result>();
    handle->result = *std::move(result);
    *out = handle.release();
    return DQE_OK;
  });
}

}  // extern "C"

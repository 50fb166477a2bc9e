// The C API's engine: built once from a JSON config (and optionally a
// trained model), shared between threads, running Dedupe on dqe_tables.
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "dqe.h"
#include "dqe/config.h"
#include "dqe/engine.h"
#include "dqe/score.h"
#include "dqe/table.h"
#include "src/c_api/c_api_internal.h"

using dqe::c_api::FromStatus;
using dqe::c_api::Guard;
using dqe::c_api::SetError;

namespace {

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
    if (out == nullptr) {
      return SetError(error, DQE_INVALID_ARGUMENT,
                      "dqe_engine_dedupe: out is NULL");
    }
    *out = nullptr;
    if (engine == nullptr || table == nullptr) {
      return SetError(error, DQE_INVALID_ARGUMENT,
                      engine == nullptr ? "dqe_engine_dedupe: engine is NULL"
                                        : "dqe_engine_dedupe: table is NULL");
    }
    if (threads < 0) {
      return SetError(error, DQE_INVALID_ARGUMENT,
                      "dqe_engine_dedupe: threads is negative");
    }
    // The view borrows the table's cells: nothing is copied.
    dqe::TableView view;
    view.num_rows = table->rows;
    view.header.reserve(table->columns.size());
    view.columns.reserve(table->columns.size());
    for (const dqe_table::Column& column : table->columns) {
      view.header.push_back(column.name);
      view.columns.emplace_back(column.cells);
    }
    view.flagged = table->flags;
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

}  // extern "C"

// Model <-> JSON. Reading is strict and never throws: the text is checked for
// UTF-8 first (so the error can say where), parsed by nlohmann's SAX parser
// into a DOM by our own handler (which reports syntax errors as values and
// rejects duplicate keys, which the stock DOM parser would silently collapse),
// then every key is checked by hand with its JSON path in the message.
// Writing is by hand too, for a fixed, compact layout (one level per line)
// and shortest round-trip numbers (std::to_chars; max_digits10 would print
// 0.82 as 0.81999999999999995), so that
// FromJson(ToJson(m)) == m bit for bit.
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "dqe/score.h"
#include "nlohmann/json.hpp"
#include "src/common/utf8.h"

namespace dqe {
namespace {

using Json = nlohmann::json;

constexpr uint64_t kModelFormatVersion = 1;

// Quoted JSON string; dump() would throw on invalid UTF-8 without the
// "replace" handler.
std::string Quote(std::string_view s) {
  return Json(std::string(s))
      .dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string AppendKey(const std::string& path, std::string_view key) {
  return path.empty() ? std::string(key)
                      : absl::StrCat(path, ".", std::string(key));
}

std::string AppendIndex(const std::string& path, size_t index) {
  return absl::StrCat(path, "[", index, "]");
}

// ---- Parsing: a SAX handler that builds the DOM.

class DomBuilder {
 public:
  using number_integer_t = Json::number_integer_t;
  using number_unsigned_t = Json::number_unsigned_t;
  using number_float_t = Json::number_float_t;
  using string_t = Json::string_t;
  using binary_t = Json::binary_t;

  bool null() { return Add(Json(nullptr)); }
  bool boolean(bool v) { return Add(Json(v)); }
  bool number_integer(number_integer_t v) { return Add(Json(v)); }
  bool number_unsigned(number_unsigned_t v) { return Add(Json(v)); }
  bool number_float(number_float_t v, const string_t&) { return Add(Json(v)); }
  bool string(string_t& v) { return Add(Json(std::move(v))); }
  bool binary(binary_t&) { return Fail("", "binary values are not JSON"); }

  bool start_object(std::size_t) { return Open(Json::object()); }
  bool start_array(std::size_t) { return Open(Json::array()); }
  bool end_object() { return Close(); }
  bool end_array() { return Close(); }

  bool key(string_t& k) {
    Frame& top = stack_.back();
    if (top.value->contains(k)) {
      return Fail(AppendKey(OpenPath(), k), "duplicate key");
    }
    top.key = std::move(k);
    return true;
  }

  bool parse_error(std::size_t, const std::string&, const Json::exception& e) {
    // what() reads "[json.exception.parse_error.101] parse error at ...".
    std::string_view what = e.what();
    if (const size_t end = what.find("] "); end != std::string_view::npos) {
      what.remove_prefix(end + 2);
    }
    error_ = absl::InvalidArgumentError(
        absl::StrCat("model: not valid JSON: ", std::string(what)));
    return false;
  }

  Json TakeRoot() { return std::move(root_); }
  const absl::Status& error() const { return error_; }

 private:
  struct Frame {
    Json* value;      // an open array or object
    std::string key;  // objects: the key the next (or open) value goes under
  };

  // OpenPath is the path of the innermost open container, built only for a
  // message (building it for every container would be quadratic in depth).
  // Each open container is the last element of its parent array, or sits
  // under its parent object's current key.
  std::string OpenPath() const {
    std::string path;
    for (size_t i = 0; i + 1 < stack_.size(); ++i) {
      const Frame& frame = stack_[i];
      path = frame.value->is_array()
                 ? AppendIndex(path, frame.value->size() - 1)
                 : AppendKey(path, frame.key);
    }
    return path;
  }

  // Place puts `v` into the open container (or makes it the root) and
  // returns where it now lives. Pointers on the stack stay valid: only the
  // innermost container grows, and the stack holds its ancestors, not its
  // elements.
  Json* Place(Json v) {
    if (stack_.empty()) {
      root_ = std::move(v);
      return &root_;
    }
    Frame& top = stack_.back();
    if (top.value->is_array()) {
      top.value->push_back(std::move(v));
      return &top.value->back();
    }
    Json& slot = (*top.value)[top.key];
    slot = std::move(v);
    return &slot;
  }

  bool Add(Json v) {
    Place(std::move(v));
    return true;
  }

  bool Open(Json container) {
    stack_.push_back(Frame{Place(std::move(container)), {}});
    return true;
  }

  bool Close() {
    stack_.pop_back();
    return true;
  }

  bool Fail(const std::string& path, std::string_view problem) {
    error_ = absl::InvalidArgumentError(absl::StrCat(
        path.empty() ? "model" : path, ": ", std::string(problem)));
    return false;
  }

  Json root_;
  std::vector<Frame> stack_;
  absl::Status error_;
};

// CheckUtf8 reports the first byte that is not part of valid UTF-8.
absl::Status CheckUtf8(std::string_view text) {
  size_t line = 1, line_start = 0;
  for (size_t pos = 0; pos < text.size();) {
    if (text[pos] == '\n') {
      ++line;
      line_start = pos + 1;
    }
    const size_t at = pos;
    if (internal::DecodeUtf8(text, &pos) == internal::kInvalidCodePoint) {
      static constexpr char kHex[] = "0123456789ABCDEF";
      const unsigned char b = static_cast<unsigned char>(text[at]);
      const char hex[3] = {kHex[b >> 4], kHex[b & 15], '\0'};
      return absl::InvalidArgumentError(absl::StrCat(
          "model: not UTF-8: invalid byte 0x", hex, " at byte ", at, " (line ",
          line, ", column ", at - line_start + 1, ")"));
    }
  }
  return absl::OkStatus();
}

// ---- Validation.

// Describe says what a value is, for "got ..." in messages.
std::string Describe(const Json& v) {
  switch (v.type()) {
    case Json::value_t::object:
      return "an object";
    case Json::value_t::array:
      return "an array";
    case Json::value_t::string: {
      const std::string& s = v.get_ref<const std::string&>();
      if (s.size() > 40) return "a string";
      return absl::StrCat("the string ", Quote(s));
    }
    default:
      return v.dump(-1, ' ', false, Json::error_handler_t::replace);
  }
}

absl::Status Invalid(const std::string& path, std::string_view problem) {
  return absl::InvalidArgumentError(
      absl::StrCat(path.empty() ? "model" : path, ": ", std::string(problem)));
}

absl::Status MustBe(const std::string& path, std::string_view what,
                    const Json& got) {
  return Invalid(path, absl::StrCat("must be ", std::string(what), ", got ",
                                    Describe(got)));
}

// CheckObject: `v` is an object whose keys are all in `allowed`, and which
// holds all of them (every key of a model is required).
absl::Status CheckObject(const Json& v, const std::string& path,
                         const std::vector<const char*>& allowed) {
  if (!v.is_object()) return MustBe(path, "an object", v);
  for (const auto& [key, value] : v.items()) {
    bool known = false;
    for (const char* a : allowed) known = known || key == a;
    if (!known) {
      return Invalid(path,
                     absl::StrCat("unknown key ", Quote(key), " (expected ",
                                  absl::StrJoin(allowed, ", "), ")"));
    }
  }
  for (const char* a : allowed) {
    if (!v.contains(a)) {
      return Invalid(AppendKey(path, a), "missing");
    }
  }
  return absl::OkStatus();
}

absl::StatusOr<std::string> ReadName(const Json& v, const std::string& path) {
  if (!v.is_string()) return MustBe(path, "a non-empty string", v);
  const std::string& s = v.get_ref<const std::string&>();
  if (s.empty()) return MustBe(path, "a non-empty string", v);
  return s;
}

absl::StatusOr<double> ReadProbability(const Json& v, const std::string& path,
                                       bool one_allowed) {
  const std::string_view range =
      one_allowed ? "a number in (0, 1]" : "a number in (0, 1)";
  if (!v.is_number()) return MustBe(path, range, v);
  const double p = v.get<double>();
  if (!(p > 0.0 && (one_allowed ? p <= 1.0 : p < 1.0)))
    return MustBe(path, range, v);
  return p;
}

absl::Status CheckVersion(const Json& root) {
  if (!root.contains("dqe_model")) {
    return Invalid("dqe_model",
                   "missing; a dqe model is an object that starts with "
                   "{\"dqe_model\": 1, ...}");
  }
  const Json& v = root["dqe_model"];
  // Non-negative integers parse as unsigned, negative ones as signed.
  if (v.is_number_unsigned()) {
    const uint64_t version = v.get<uint64_t>();
    if (version == kModelFormatVersion) return absl::OkStatus();
    if (version > kModelFormatVersion) {
      return Invalid(
          "dqe_model",
          absl::StrCat("the model has format version ", version,
                       ", written by a newer dqe; this dqe reads version ",
                       kModelFormatVersion, " (upgrade dqe to use it)"));
    }
  }
  return MustBe("dqe_model",
                absl::StrCat("the format version ", kModelFormatVersion), v);
}

absl::StatusOr<LevelModel> ReadLevel(const Json& v, const std::string& path) {
  if (absl::Status s = CheckObject(v, path, {"name", "m", "u"}); !s.ok())
    return s;
  LevelModel level;
  absl::StatusOr<std::string> name =
      ReadName(v["name"], AppendKey(path, "name"));
  if (!name.ok()) return name.status();
  level.name = *std::move(name);
  if (level.name == "missing") {
    return Invalid(AppendKey(path, "name"),
                   "\"missing\" is implicit (it always weighs 0) and is not "
                   "listed as a level");
  }
  absl::StatusOr<double> m =
      ReadProbability(v["m"], AppendKey(path, "m"), true);
  if (!m.ok()) return m.status();
  absl::StatusOr<double> u =
      ReadProbability(v["u"], AppendKey(path, "u"), true);
  if (!u.ok()) return u.status();
  level.m = *m;
  level.u = *u;
  return level;
}

absl::StatusOr<ComparisonModel> ReadComparison(const Json& v,
                                               const std::string& path) {
  if (absl::Status s = CheckObject(v, path, {"name", "levels"}); !s.ok())
    return s;
  ComparisonModel comparison;
  absl::StatusOr<std::string> name =
      ReadName(v["name"], AppendKey(path, "name"));
  if (!name.ok()) return name.status();
  comparison.name = *std::move(name);
  const Json& levels = v["levels"];
  const std::string levels_path = AppendKey(path, "levels");
  if (!levels.is_array())
    return MustBe(levels_path, "an array of levels", levels);
  if (levels.empty())
    return Invalid(levels_path, "must have at least one level");
  absl::flat_hash_map<std::string, size_t> seen;
  for (size_t i = 0; i < levels.size(); ++i) {
    const std::string level_path = AppendIndex(levels_path, i);
    absl::StatusOr<LevelModel> level = ReadLevel(levels[i], level_path);
    if (!level.ok()) return level.status();
    if (auto [it, inserted] = seen.emplace(level->name, i); !inserted) {
      return Invalid(
          AppendKey(level_path, "name"),
          absl::StrCat("duplicate level name ", Quote(level->name), " (",
                       AppendIndex(levels_path, it->second), " has it too)"));
    }
    comparison.levels.push_back(*std::move(level));
  }
  return comparison;
}

// ---- Writing.

void AppendNumber(double v, std::string* out) {
  if (!std::isfinite(v)) {
    // JSON has no NaN or infinity; null makes FromJson name the field.
    out->append("null");
    return;
  }
  // The shortest digits that read back to the same double, in plain
  // notation where a person reads it easily (0.0003, not 3e-04), else in
  // scientific notation (1e-300, not 300 zeros).
  char buffer[64];
  const double magnitude = std::abs(v);
  const bool plain =
      magnitude == 0.0 || (magnitude >= 1e-5 && magnitude < 1e15);
  const std::to_chars_result r = std::to_chars(
      buffer, buffer + sizeof buffer, v,
      plain ? std::chars_format::fixed : std::chars_format::scientific);
  out->append(buffer, r.ptr);
}

}  // namespace

std::string Model::ToJson() const {
  std::string out = absl::StrCat("{\n  \"dqe_model\": ", kModelFormatVersion,
                                 ",\n  \"prior\": ");
  AppendNumber(prior, &out);
  out.append(",\n  \"comparisons\": [");
  for (size_t c = 0; c < comparisons.size(); ++c) {
    const ComparisonModel& comparison = comparisons[c];
    absl::StrAppend(&out, c == 0 ? "\n" : ",\n",
                    "    {\n      \"name\": ", Quote(comparison.name),
                    ",\n      \"levels\": [");
    for (size_t l = 0; l < comparison.levels.size(); ++l) {
      const LevelModel& level = comparison.levels[l];
      absl::StrAppend(&out, l == 0 ? "\n" : ",\n",
                      "        {\"name\": ", Quote(level.name), ", \"m\": ");
      AppendNumber(level.m, &out);
      out.append(", \"u\": ");
      AppendNumber(level.u, &out);
      out.append("}");
    }
    out.append(comparison.levels.empty() ? "]\n    }" : "\n      ]\n    }");
  }
  out.append(comparisons.empty() ? "]\n}\n" : "\n  ]\n}\n");
  return out;
}

absl::StatusOr<Model> Model::FromJson(std::string_view json) {
  if (absl::Status s = CheckUtf8(json); !s.ok()) return s;
  DomBuilder builder;
  const bool parsed = Json::sax_parse(json.data(), json.data() + json.size(),
                                      &builder, Json::input_format_t::json,
                                      /*strict=*/true);
  if (!parsed) {
    if (!builder.error().ok()) return builder.error();
    return absl::InvalidArgumentError("model: not valid JSON");
  }
  const Json root = builder.TakeRoot();

  if (!root.is_object()) return MustBe("", "a JSON object", root);
  // The version first: a newer model may well have keys this dqe does not know.
  if (absl::Status s = CheckVersion(root); !s.ok()) return s;
  if (absl::Status s =
          CheckObject(root, "", {"dqe_model", "prior", "comparisons"});
      !s.ok()) {
    return s;
  }
  Model model;
  absl::StatusOr<double> prior = ReadProbability(root["prior"], "prior", false);
  if (!prior.ok()) return prior.status();
  model.prior = *prior;

  const Json& comparisons = root["comparisons"];
  if (!comparisons.is_array()) {
    return MustBe("comparisons", "an array of comparisons", comparisons);
  }
  absl::flat_hash_map<std::string, size_t> seen;
  for (size_t i = 0; i < comparisons.size(); ++i) {
    const std::string path = AppendIndex("comparisons", i);
    absl::StatusOr<ComparisonModel> comparison =
        ReadComparison(comparisons[i], path);
    if (!comparison.ok()) return comparison.status();
    if (auto [it, inserted] = seen.emplace(comparison->name, i); !inserted) {
      return Invalid(
          AppendKey(path, "name"),
          absl::StrCat("duplicate comparison name ", Quote(comparison->name),
                       " (", AppendIndex("comparisons", it->second),
                       " has it too)"));
    }
    model.comparisons.push_back(*std::move(comparison));
  }
  return model;
}

}  // namespace dqe

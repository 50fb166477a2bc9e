// identity_config.cc: the "identity" object of the config (identity.h), read
// with errors that name the JSON path.
#include <string>

#include "absl/status/status.h"
#include "dqe/identity.h"
#include "nlohmann/json.hpp"
#include "src/common/cat.h"
#include "src/common/json_errors.h"

namespace dqe {
namespace {

using Json = nlohmann::json;
using internal::Cat;
using internal::JsonBad;
using internal::JsonExpected;

absl::Status GetText(const Json& j, const std::string& path, std::string* out) {
  if (j.is_string()) {
    *out = j.get<std::string>();
  } else if (j.is_number()) {
    *out = j.dump();  // "missing": 0 reads as "0"
  } else {
    return JsonExpected(path, "a string", j);
  }
  if (out->empty()) return JsonBad(path, "must not be empty");
  return absl::OkStatus();
}

absl::Status ParseField(const Json& j, const std::string& path, IdentityField* f) {
  if (absl::Status s = internal::JsonCheckKeys(
          j, path, {"column", "kind", "values", "missing", "end_of_month",
                    "requires_nonzero"});
      !s.ok()) {
    return s;
  }
  if (!j.contains("column")) return JsonBad(path, "a field needs a \"column\"");
  if (!j["column"].is_string() || j["column"].get<std::string>().empty()) {
    return JsonExpected(Cat(path, ".column"), "a column name", j["column"]);
  }
  f->column = j["column"].get<std::string>();
  if (j.contains("kind")) {
    if (!j["kind"].is_string()) return JsonExpected(Cat(path, ".kind"), "a kind", j["kind"]);
    std::optional<Kind> kind = KindFromName(j["kind"].get<std::string>());
    if (!kind) {
      return JsonBad(Cat(path, ".kind"),
                     Cat("unknown kind \"", j["kind"].get<std::string>(), "\""));
    }
    f->kind = kind;
  }
  if (j.contains("values")) {
    const Json& values = j["values"];
    const std::string vpath = Cat(path, ".values");
    if (!values.is_object() || values.empty()) {
      return JsonExpected(vpath, "an object of value: [spellings]", values);
    }
    for (auto it = values.begin(); it != values.end(); ++it) {
      const std::string p = Cat(vpath, ".", it.key());
      if (it.key().empty()) return JsonBad(vpath, "a value name must not be empty");
      if (!it.value().is_array()) {
        return JsonExpected(p, "an array of strings", it.value());
      }
      std::vector<std::string> spellings;
      for (size_t i = 0; i < it.value().size(); ++i) {
        std::string s;
        if (absl::Status st = GetText(it.value()[i], Cat(p, "[", i, "]"), &s);
            !st.ok()) {
          return st;
        }
        spellings.push_back(std::move(s));
      }
      f->values.emplace_back(it.key(), std::move(spellings));
    }
  }
  if (f->kind == Kind::kEnum && f->values.empty()) {
    return JsonBad(path, "an enum field needs \"values\"");
  }
  if (j.contains("missing")) {
    std::string missing;
    if (absl::Status s = GetText(j["missing"], Cat(path, ".missing"), &missing);
        !s.ok()) {
      return s;
    }
    f->missing = std::move(missing);
  }
  if (j.contains("end_of_month")) {
    if (absl::Status s =
            GetText(j["end_of_month"], Cat(path, ".end_of_month"), &f->end_of_month);
        !s.ok()) {
      return s;
    }
    bool known = false;
    for (const auto& v : f->values) known |= v.first == f->end_of_month;
    if (!known) {
      return JsonBad(Cat(path, ".end_of_month"),
                     Cat("\"", f->end_of_month, "\" is not one of the field's values"));
    }
  }
  if (j.contains("requires_nonzero")) {
    if (absl::Status s = GetText(j["requires_nonzero"], Cat(path, ".requires_nonzero"),
                                 &f->requires_nonzero);
        !s.ok()) {
      return s;
    }
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<IdentitySpec> IdentitySpec::FromJson(std::string_view json) {
  Json j = Json::parse(json.begin(), json.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return absl::InvalidArgumentError("identity: not valid JSON");
  const std::string root = "identity";
  if (absl::Status s = internal::JsonCheckKeys(j, root, {"fields", "description"});
      !s.ok()) {
    return s;
  }
  if (!j.contains("fields")) return JsonBad(root, "needs \"fields\"");
  const Json& fields = j["fields"];
  if (!fields.is_array() || fields.empty()) {
    return JsonExpected(root + ".fields", "a non-empty array of fields", fields);
  }
  IdentitySpec spec;
  for (size_t i = 0; i < fields.size(); ++i) {
    IdentityField f;
    if (absl::Status s = ParseField(fields[i], Cat(root, ".fields[", i, "]"), &f);
        !s.ok()) {
      return s;
    }
    spec.fields.push_back(std::move(f));
  }
  for (size_t i = 0; i < spec.fields.size(); ++i) {
    const std::string& other = spec.fields[i].requires_nonzero;
    if (other.empty()) continue;
    bool known = false;
    for (const IdentityField& f : spec.fields) known |= f.column == other && &f != &spec.fields[i];
    if (!known) {
      return JsonBad(Cat(root, ".fields[", i, "].requires_nonzero"),
                     Cat("\"", other, "\" is not another identity field's column"));
    }
  }
  return spec;
}

}  // namespace dqe

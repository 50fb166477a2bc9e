// json_errors.h: errors about a JSON document that name the JSON path
// ("merge.fields.phone: expected a string, got a number").
#ifndef DQE_COMMON_JSON_ERRORS_H_
#define DQE_COMMON_JSON_ERRORS_H_

#include <initializer_list>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "nlohmann/json.hpp"
#include "src/common/cat.h"

namespace dqe::internal {

// JsonTypeName says what a JSON value is: "a string", "an array" ...
inline std::string_view JsonTypeName(const nlohmann::json& j) {
  switch (j.type()) {
    case nlohmann::json::value_t::null: return "null";
    case nlohmann::json::value_t::boolean: return "a boolean";
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float: return "a number";
    case nlohmann::json::value_t::string: return "a string";
    case nlohmann::json::value_t::array: return "an array";
    case nlohmann::json::value_t::object: return "an object";
    default: return "something else";
  }
}

// JsonBad returns InvalidArgument "PATH: PROBLEM".
inline absl::Status JsonBad(std::string_view path, std::string_view problem) {
  return absl::InvalidArgumentError(Cat(path, ": ", problem));
}

// JsonExpected returns "PATH: expected WHAT, got a TYPE".
inline absl::Status JsonExpected(std::string_view path, std::string_view what,
                                 const nlohmann::json& got) {
  return JsonBad(path, Cat("expected ", what, ", got ", JsonTypeName(got)));
}

// JsonCheckKeys checks that `obj` is an object whose keys are all allowed.
inline absl::Status JsonCheckKeys(const nlohmann::json& obj, std::string_view path,
                                  std::initializer_list<std::string_view> allowed) {
  if (!obj.is_object()) return JsonExpected(path, "an object", obj);
  for (auto it = obj.begin(); it != obj.end(); ++it) {
    bool known = false;
    for (std::string_view a : allowed) known |= (a == it.key());
    if (known) continue;
    std::string list;
    for (std::string_view a : allowed) {
      if (!list.empty()) list += ", ";
      list += a;
    }
    return JsonBad(Cat(path, ".", it.key()),
                   Cat("unknown key (expected one of: ", list, ")"));
  }
  return absl::OkStatus();
}

}  // namespace dqe::internal

#endif  // DQE_COMMON_JSON_ERRORS_H_

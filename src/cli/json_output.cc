#include "src/cli/json_output.h"

#include <string>
#include <utility>

namespace dqe::cli {
namespace {

std::string Str(std::string_view s) { return std::string(s); }

nlohmann::ordered_json Base(std::string_view input, bool valid,
                            const std::string& reason) {
  nlohmann::ordered_json j;
  j["input"] = Str(input);
  j["valid"] = valid;
  // A value that is not valid always says why.
  j["reason"] = valid || !reason.empty() ? reason : "not recognised";
  return j;
}

}  // namespace

nlohmann::ordered_json NameToJson(std::string_view input,
                                  const NormalizedName& name) {
  nlohmann::ordered_json j = Base(input, name.valid, name.reason);
  j["display"] = name.display;
  j["key"] = name.key;
  j["sorted_key"] = name.sorted_key;
  j["tokens"] = name.tokens;
  j["script"] = Str(ScriptName(name.script));
  j["vietnamese"] = name.vietnamese;
  j["honorifics"] = name.honorifics;
  return j;
}

nlohmann::ordered_json PhoneToJson(std::string_view input,
                                   const NormalizedPhone& phone) {
  nlohmann::ordered_json j = Base(input, phone.valid, phone.reason);
  // The first valid number; the first number when none is.
  const PhoneNumber* first = nullptr;
  for (const PhoneNumber& n : phone.numbers) {
    if (n.valid) {
      first = &n;
      break;
    }
  }
  if (first == nullptr && !phone.numbers.empty()) first = &phone.numbers[0];
  j["e164"] = first ? first->e164 : "";
  j["region"] = first ? first->region : "";
  j["type"] = Str(PhoneTypeName(first ? first->type : PhoneType::kUnknown));
  nlohmann::ordered_json numbers = nlohmann::ordered_json::array();
  for (const PhoneNumber& n : phone.numbers) {
    nlohmann::ordered_json number;
    number["input"] = n.input;
    number["valid"] = n.valid;
    number["reason"] = n.reason;
    number["e164"] = n.e164;
    number["region"] = n.region;
    number["type"] = Str(PhoneTypeName(n.type));
    number["extension"] = n.extension;
    number["renumbered"] = n.renumbered;
    number["e164_before_renumbering"] = n.e164_before_renumbering;
    numbers.push_back(std::move(number));
  }
  j["numbers"] = std::move(numbers);
  return j;
}

nlohmann::ordered_json EmailToJson(std::string_view input,
                                   const NormalizedEmail& email) {
  nlohmann::ordered_json j = Base(input, email.valid, email.reason);
  j["normalized"] = email.normalized;
  j["key"] = email.key;
  j["local"] = email.local;
  j["domain"] = email.domain;
  j["role_account"] = email.role_account;
  j["mail_provider"] = email.mail_provider;
  j["suggested_domain"] = email.suggested_domain;
  j["warnings"] = email.warnings;
  return j;
}

nlohmann::ordered_json CompanyToJson(std::string_view input,
                                     const NormalizedCompany& company) {
  nlohmann::ordered_json j = Base(input, company.valid, company.reason);
  j["display"] = company.display;
  j["key"] = company.key;
  j["tokens"] = company.tokens;
  j["core"] = company.core;
  j["legal_forms"] = company.legal_forms;
  j["script"] = Str(ScriptName(company.script));
  return j;
}

nlohmann::ordered_json AddressToJson(std::string_view input,
                                     const NormalizedAddress& address) {
  nlohmann::ordered_json j = Base(input, address.valid, address.reason);
  j["key"] = address.key;
  j["tokens"] = address.tokens;
  return j;
}

nlohmann::ordered_json NumberToJson(std::string_view input,
                                    const NormalizedNumber& number) {
  nlohmann::ordered_json j = Base(input, number.valid, number.reason);
  j["value"] = number.value;
  j["unit"] = Str(NumberUnitName(number.unit));
  j["end_of_month"] = number.end_of_month;
  return j;
}

std::string DumpLine(const nlohmann::ordered_json& object) {
  return object.dump(-1, ' ', /*ensure_ascii=*/false,
                     nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace dqe::cli

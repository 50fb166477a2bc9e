// given_name_variants.cc: English short forms of given names.
#include "src/normalize/given_name_variants.h"

#include <algorithm>
#include <iterator>
#include <utility>

namespace dqe::internal {
namespace {

// Sorted by short form, for binary search.
constexpr std::pair<std::string_view, std::string_view> kShortForms[] = {
    {"abby", "abigail"},     {"andy", "andrew"},      {"barb", "barbara"},
    {"becky", "rebecca"},    {"ben", "benjamin"},     {"beth", "elizabeth"},
    {"betsy", "elizabeth"},  {"betty", "elizabeth"},  {"bill", "william"},
    {"billy", "william"},    {"bob", "robert"},       {"bobby", "robert"},
    {"cathy", "catherine"},  {"charlie", "charles"},  {"chuck", "charles"},
    {"danny", "daniel"},     {"dave", "david"},
    {"debbie", "deborah"},   {"dick", "richard"},     {"don", "donald"},
    {"doug", "douglas"},     {"ed", "edward"},        {"eddie", "edward"},
    {"greg", "gregory"},     {"jake", "jacob"},       {"jen", "jennifer"},
    {"jenny", "jennifer"},   {"jim", "james"},        {"jimmy", "james"},
    {"joe", "joseph"},       {"joey", "joseph"},      {"jon", "jonathan"},
    {"josh", "joshua"},      {"kate", "katherine"},   {"kathy", "katherine"},
    {"katie", "katherine"},  {"ken", "kenneth"},      {"kenny", "kenneth"},
    {"larry", "lawrence"},   {"liz", "elizabeth"},    {"maggie", "margaret"},
    {"matt", "matthew"},     {"meg", "margaret"},     {"mike", "michael"},
    {"mikey", "michael"},    {"nate", "nathan"},      {"nick", "nicholas"},
    {"patty", "patricia"},   {"peggy", "margaret"},   {"pete", "peter"},
    {"phil", "philip"},      {"rich", "richard"},     {"rick", "richard"},
    {"rob", "robert"},       {"ron", "ronald"},       {"sam", "samuel"},
    {"sandy", "sandra"},     {"steve", "steven"},     {"sue", "susan"},
    {"susie", "susan"},      {"ted", "edward"},       {"tim", "timothy"},
    {"tom", "thomas"},       {"tommy", "thomas"},     {"tony", "anthony"},
    {"vicky", "victoria"},   {"will", "william"},
};

}  // namespace

std::string_view FormalGivenName(std::string_view token) {
  auto it = std::lower_bound(
      std::begin(kShortForms), std::end(kShortForms), token,
      [](const std::pair<std::string_view, std::string_view>& e,
         std::string_view t) { return e.first < t; });
  if (it != std::end(kShortForms) && it->first == token) return it->second;
  return token;
}

}  // namespace dqe::internal

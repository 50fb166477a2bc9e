#include "src/normalize/number_vocabulary.h"

#include <algorithm>
#include <vector>

#include "absl/container/flat_hash_map.h"

namespace dqe::internal {
namespace {

using M = NumberMarker;

struct Phrase {
  std::string_view text;  // words separated by one space
  NumberMarker marker;
};

// Latin phrases, lower case. Vietnamese is listed with and without its
// diacritics, as both are typed.
constexpr Phrase kLatinPhrases[] = {
    // Days.
    {"day", M::kDays},
    {"days", M::kDays},
    {"d", M::kDays},
    {"ngày", M::kDays},
    {"ngay", M::kDays},
    {"net", M::kDays},
    {"n", M::kDays},
    // End of month.
    {"eom", M::kEndOfMonth},
    {"end of month", M::kEndOfMonth},
    {"end of the month", M::kEndOfMonth},
    {"end month", M::kEndOfMonth},
    {"month end", M::kEndOfMonth},
    {"cuối tháng", M::kEndOfMonth},
    {"cuoi thang", M::kEndOfMonth},
    // Percent.
    {"percent", M::kPercent},
    {"per cent", M::kPercent},
    {"pct", M::kPercent},
    {"phần trăm", M::kPercent},
    {"phan tram", M::kPercent},
    // Filler, English.
    {"payment", M::kFiller},
    {"pay", M::kFiller},
    {"term", M::kFiller},
    {"terms", M::kFiller},
    {"within", M::kFiller},
    {"after", M::kFiller},
    {"from", M::kFiller},
    {"invoice", M::kFiller},
    {"inv", M::kFiller},
    {"date", M::kFiller},
    {"due", M::kFiller},
    {"in", M::kFiller},
    {"on", M::kFiller},
    {"of", M::kFiller},
    {"the", M::kFiller},
    {"receipt", M::kFiller},
    {"delivery", M::kFiller},
    {"credit", M::kFiller},
    {"discount", M::kFiller},
    {"disc", M::kFiller},
    {"rate", M::kFiller},
    {"interest", M::kFiller},
    {"tax", M::kFiller},
    {"vat", M::kFiller},
    {"t t", M::kFiller},  // T/T, telegraphic transfer
    // Filler, Vietnamese.
    {"thanh toán", M::kFiller},
    {"thanh toan", M::kFiller},
    {"tt", M::kFiller},
    {"trong", M::kFiller},
    {"trong vòng", M::kFiller},
    {"trong vong", M::kFiller},
    {"sau", M::kFiller},
    {"sau khi", M::kFiller},
    {"kể từ", M::kFiller},
    {"ke tu", M::kFiller},
    {"từ", M::kFiller},
    {"hóa đơn", M::kFiller},
    {"hoá đơn", M::kFiller},
    {"hoa don", M::kFiller},
    {"xuất hóa đơn", M::kFiller},
    {"xuất hoá đơn", M::kFiller},
    {"xuat hoa don", M::kFiller},
    {"nhận hàng", M::kFiller},
    {"nhan hang", M::kFiller},
    {"giao hàng", M::kFiller},
    {"giao hang", M::kFiller},
    {"hạn", M::kFiller},
    {"han", M::kFiller},
    {"kỳ hạn", M::kFiller},
    {"ky han", M::kFiller},
    {"công nợ", M::kFiller},
    {"cong no", M::kFiller},
    {"điều khoản", M::kFiller},
    {"dieu khoan", M::kFiller},
    {"chiết khấu", M::kFiller},
    {"chiet khau", M::kFiller},
    {"ck", M::kFiller},
    {"giảm giá", M::kFiller},
    {"giam gia", M::kFiller},
    {"thuế", M::kFiller},
    {"thue", M::kFiller},
    {"gtgt", M::kFiller},
    {"lãi suất", M::kFiller},
    {"lai suat", M::kFiller},
};

// Han keywords, Simplified and Traditional.
constexpr Phrase kHanPhrases[] = {
    // Days.
    {"天", M::kDays},
    {"日", M::kDays},
    // End of month: 月结 is "monthly settlement", counted from month end.
    {"月结", M::kEndOfMonth},
    {"月結", M::kEndOfMonth},
    {"月底", M::kEndOfMonth},
    {"月末", M::kEndOfMonth},
    // Percent: 百分之二 is 2%.
    {"百分之", M::kPercent},
    // Filler.
    {"付款", M::kFiller},
    {"付", M::kFiller},
    {"账期", M::kFiller},
    {"帳期", M::kFiller},
    {"结账", M::kFiller},
    {"結帳", M::kFiller},
    {"结算", M::kFiller},
    {"結算", M::kFiller},
    {"内", M::kFiller},
    {"內", M::kFiller},
    {"以内", M::kFiller},
    {"以內", M::kFiller},
    {"之内", M::kFiller},
    {"之內", M::kFiller},
    {"后", M::kFiller},
    {"後", M::kFiller},
    {"净", M::kFiller},
    {"淨", M::kFiller},
    {"到期", M::kFiller},
    {"发票", M::kFiller},
    {"發票", M::kFiller},
    {"开票", M::kFiller},
    {"開票", M::kFiller},
    {"日期", M::kFiller},
    {"起", M::kFiller},
    {"收货", M::kFiller},
    {"收貨", M::kFiller},
    {"货到", M::kFiller},
    {"貨到", M::kFiller},
    {"折扣", M::kFiller},
    {"税率", M::kFiller},
    {"稅率", M::kFiller},
    {"利率", M::kFiller},
    {"期限", M::kFiller},
};

struct LatinEntry {
  std::vector<std::string_view> words;  // into kLatinPhrases
  NumberMarker marker;
};

std::vector<std::string_view> SplitAtSpaces(std::string_view text) {
  std::vector<std::string_view> words;
  size_t start = 0;
  for (;;) {
    const size_t space = text.find(' ', start);
    words.push_back(text.substr(start, space - start));
    if (space == std::string_view::npos) return words;
    start = space + 1;
  }
}

using LatinIndexMap =
    absl::flat_hash_map<std::string_view, std::vector<LatinEntry>>;

// Phrases by their first word, longest first.
const LatinIndexMap& LatinIndex() {
  static const LatinIndexMap* const index = [] {
    auto* m = new LatinIndexMap;
    for (const Phrase& p : kLatinPhrases) {
      LatinEntry e{SplitAtSpaces(p.text), p.marker};
      (*m)[e.words.front()].push_back(std::move(e));
    }
    for (auto& [first, entries] : *m) {
      std::stable_sort(entries.begin(), entries.end(),
                       [](const LatinEntry& a, const LatinEntry& b) {
                         return a.words.size() > b.words.size();
                       });
    }
    return m;
  }();
  return *index;
}

}  // namespace

MarkerMatch MatchLatinMarker(std::span<const std::string_view> words) {
  if (words.empty()) return {};
  const auto& index = LatinIndex();
  const auto it = index.find(words.front());
  if (it == index.end()) return {};
  for (const LatinEntry& e : it->second) {
    if (e.words.size() > words.size()) continue;
    if (std::equal(e.words.begin(), e.words.end(), words.begin())) {
      return {e.marker, e.words.size()};
    }
  }
  return {};
}

MarkerMatch MatchHanMarker(std::string_view text) {
  MarkerMatch best;
  for (const Phrase& p : kHanPhrases) {
    if (p.text.size() > best.length && text.starts_with(p.text)) {
      best = {p.marker, p.text.size()};
    }
  }
  return best;
}

}  // namespace dqe::internal

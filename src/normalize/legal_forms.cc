#include "src/normalize/legal_forms.h"

#include <algorithm>
#include <vector>

#include "absl/container/flat_hash_map.h"

namespace dqe::internal {
namespace {

struct Form {
  std::string_view words;  // folded words separated by one space
  std::string_view canonical;
};

// What follows "Công ty" / "Cty" in a Vietnamese name.
constexpr Form kVietnameseKinds[] = {
    {"tnhh", "TNHH"},
    {"trach nhiem huu han", "TNHH"},
    {"tnhh mtv", "TNHH MTV"},
    {"tnhh mot thanh vien", "TNHH MTV"},
    {"tnhh 1 thanh vien", "TNHH MTV"},
    {"tnhh 1tv", "TNHH MTV"},
    {"trach nhiem huu han mot thanh vien", "TNHH MTV"},
    {"tnhh hai thanh vien tro len", "TNHH"},
    {"tnhh 2 thanh vien tro len", "TNHH"},
    {"co phan", "CP"},
    {"cp", "CP"},
};
// "CT" alone is no form; "CT TNHH", "CT CP" are.
constexpr std::string_view kCompanyWords[] = {"cong ty", "cty", "ct"};

// Forms that open a name on their own.
constexpr Form kPrefixForms[] = {
    {"cong ty", "Công ty"},
    {"cty", "Công ty"},
    {"ctcp", "CP"},
    {"tnhh", "TNHH"},
    {"tnhh mtv", "TNHH MTV"},
    {"dntn", "DNTN"},
    {"doanh nghiep tu nhan", "DNTN"},
    {"htx", "HTX"},
    {"hop tac xa", "HTX"},
};

// Forms that close a name.
constexpr Form kSuffixForms[] = {
    {"co ltd", "Co Ltd"},
    {"one member co ltd", "Co Ltd"},
    {"one member company limited", "Co Ltd"},
    {"one member limited liability company", "LLC"},
    {"limited liability company", "LLC"},
    {"private enterprise", "DNTN"},
    {"joint stock co", "JSC"},
    {"co limited", "Co Ltd"},
    {"company ltd", "Co Ltd"},
    {"company limited", "Co Ltd"},
    {"pte ltd", "Pte Ltd"},
    {"pte limited", "Pte Ltd"},
    {"private limited", "Pte Ltd"},
    {"pty ltd", "Pty Ltd"},
    {"sdn bhd", "Sdn Bhd"},
    {"ltd", "Ltd"},
    {"limited", "Ltd"},
    {"llc", "LLC"},
    {"l l c", "LLC"},
    {"llp", "LLP"},
    {"inc", "Inc"},
    {"incorporated", "Inc"},
    {"corp", "Corp"},
    {"corporation", "Corp"},
    {"co", "Co"},
    {"company", "Co"},
    {"jsc", "JSC"},
    {"j s c", "JSC"},
    {"joint stock company", "JSC"},
    {"plc", "PLC"},
    {"gmbh", "GmbH"},
};

// Han forms, longest first; canonical in Simplified characters.
constexpr Form kHanForms[] = {
    {"股份有限公司", "股份有限公司"}, {"有限责任公司", "有限责任公司"},
    {"有限責任公司", "有限责任公司"}, {"有限公司", "有限公司"},
    {"股份公司", "股份公司"},         {"公司", "公司"},
};

struct Entry {
  std::vector<std::string> words;
  std::string_view canonical;
};

// Entries by the word a match starts from (the first word for prefixes,
// the last for suffixes), longest first.
using Index = absl::flat_hash_map<std::string, std::vector<Entry>>;

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  size_t start = 0;
  for (;;) {
    const size_t space = text.find(' ', start);
    words.emplace_back(text.substr(start, space - start));
    if (space == std::string_view::npos) return words;
    start = space + 1;
  }
}

void Add(std::vector<std::string> words, std::string_view canonical,
         bool by_last, Index* index) {
  const std::string key = by_last ? words.back() : words.front();
  (*index)[key].push_back({std::move(words), canonical});
}

void SortLongestFirst(Index* index) {
  for (auto& [key, entries] : *index) {
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry& a, const Entry& b) {
                       return a.words.size() > b.words.size();
                     });
  }
}

const Index& PrefixIndex() {
  static const Index* const index = [] {
    auto* m = new Index;
    for (const Form& f : kPrefixForms)
      Add(Words(f.words), f.canonical, false, m);
    for (std::string_view company : kCompanyWords) {
      for (const Form& kind : kVietnameseKinds) {
        std::vector<std::string> words = Words(company);
        for (std::string& w : Words(kind.words)) words.push_back(std::move(w));
        Add(std::move(words), kind.canonical, false, m);
      }
    }
    SortLongestFirst(m);
    return m;
  }();
  return *index;
}

const Index& SuffixIndex() {
  static const Index* const index = [] {
    auto* m = new Index;
    for (const Form& f : kSuffixForms)
      Add(Words(f.words), f.canonical, true, m);
    SortLongestFirst(m);
    return m;
  }();
  return *index;
}

}  // namespace

LegalFormMatch MatchLegalFormPrefix(std::span<const std::string> words) {
  if (words.empty()) return {};
  const Index& index = PrefixIndex();
  const auto it = index.find(words.front());
  if (it == index.end()) return {};
  for (const Entry& e : it->second) {
    if (e.words.size() <= words.size() &&
        std::equal(e.words.begin(), e.words.end(), words.begin())) {
      return {e.canonical, e.words.size()};
    }
  }
  return {};
}

LegalFormMatch MatchLegalFormSuffix(std::span<const std::string> words) {
  if (words.empty()) return {};
  const Index& index = SuffixIndex();
  const auto it = index.find(words.back());
  if (it == index.end()) return {};
  for (const Entry& e : it->second) {
    if (e.words.size() <= words.size() &&
        std::equal(e.words.begin(), e.words.end(),
                   words.end() - e.words.size())) {
      return {e.canonical, e.words.size()};
    }
  }
  return {};
}

LegalFormMatch MatchHanLegalFormSuffix(std::string_view text) {
  for (const Form& f : kHanForms) {
    if (text.ends_with(f.words)) return {f.canonical, f.words.size()};
  }
  return {};
}

}  // namespace dqe::internal

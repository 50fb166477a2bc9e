// survivorship.cc: the survivorship rules of merge.h, one cluster at a time.
#include "src/merge/survivorship.h"

#include <algorithm>
#include <climits>

#include "dqe/normalize.h"
#include "src/common/utf8.h"
#include "src/merge/value_key.h"
#include "src/validate/picklist_key.h"

namespace dqe::internal {
namespace {

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// True when the text has a character from U+3000 up (Han, kana, Hangul,
// fullwidth forms): a lead byte of 0xE3 or more.
bool HasCjk(std::string_view s) {
  for (unsigned char c : s) {
    if (c >= 0xE3) return true;
  }
  return false;
}

size_t Index(uint32_t row, size_t column, size_t width) {
  return static_cast<size_t>(row) * width + column;
}

}  // namespace

bool Chooser::RankedBefore(uint32_t a, uint32_t b) const {
  const RowFacts& f = *s_.facts;
  if (f.timestamp[a] != f.timestamp[b]) return f.timestamp[a] > f.timestamp[b];
  if (f.filled[a] != f.filled[b]) return f.filled[a] > f.filled[b];
  if (s_.id_column >= 0) {
    const std::string& ia = (*s_.ids)[a];
    const std::string& ib = (*s_.ids)[b];
    if (ia != ib) return ia < ib;
  }
  return a < b;
}

bool Chooser::MoreComplete(uint32_t a, uint32_t b) const {
  const RowFacts& f = *s_.facts;
  if (f.filled[a] != f.filled[b]) return f.filled[a] > f.filled[b];
  return RankedBefore(a, b);
}

const std::string& Chooser::Key(size_t slot, size_t column) {
  if (!has_key_[slot]) {
    const Column& col = s_.schema->columns[column];
    keys_[slot] = ValueKey(col.kind, Cell(filled_[slot], column),
                           s_.facts->Region(filled_[slot], col.region));
    has_key_[slot] = 1;
  }
  return keys_[slot];
}

int64_t Chooser::Choose(size_t column, uint32_t golden_index) {
  if (filled_.empty()) return -1;
  const size_t k = filled_.size();
  switch ((*s_.rules)[column]) {
    case SurvivorshipRule::kMostRecent:
    case SurvivorshipRule::kUnion:  // not reached
      return filled_[0];
    case SurvivorshipRule::kMostComplete: {
      uint32_t best = filled_[0];
      for (uint32_t r : filled_) {
        if (MoreComplete(r, best)) best = r;
      }
      return best;
    }
    case SurvivorshipRule::kFirstNonEmpty: {
      uint32_t best = filled_[0];
      for (uint32_t r : filled_) best = std::min(best, r);
      return best;
    }
    case SurvivorshipRule::kLongest: {
      size_t best = 0, best_len = CodePoints(Cell(filled_[0], column));
      for (size_t i = 1; i < k; ++i) {
        size_t len = CodePoints(Cell(filled_[i], column));
        if (len > best_len) best = i, best_len = len;
      }
      return filled_[best];
    }
    case SurvivorshipRule::kSourcePriority: {
      size_t best = 0;
      for (size_t i = 1; i < k; ++i) {
        if (s_.facts->source_rank[filled_[i]] < s_.facts->source_rank[filled_[best]]) {
          best = i;
        }
      }
      return filled_[best];
    }
    case SurvivorshipRule::kMostFrequent:
    case SurvivorshipRule::kCanonical: {
      // Groups by key, in ranking order of their best row.
      const bool canonical = (*s_.rules)[column] == SurvivorshipRule::kCanonical;
      struct Group {
        size_t first = 0;  // slot of its best-ranked row
        size_t count = 0;
        bool company = false;    // names a company (a legal form)
        bool describes = false;  // mentions a number its row holds elsewhere
        bool shared = false;     // another cluster holds the same value
        size_t length = 0;
      };
      std::vector<Group> groups;
      std::vector<size_t> group_of(k);
      for (size_t i = 0; i < k; ++i) {
        const std::string& key = Key(i, column);
        size_t g = 0;
        for (; g < groups.size(); ++g) {
          if (Key(groups[g].first, column) == key) break;
        }
        if (g == groups.size()) {
          Group group;
          group.first = i;
          if (canonical) {
            std::string_view cell = Cell(filled_[i], column);
            group.length = CodePoints(cell);
            auto it = (*s_.shared)[column].find(key);
            group.shared = it != (*s_.shared)[column].end() && it->second != golden_index;
            if (FindInvalidUtf8(cell) == std::string_view::npos) {
              group.company = !NormalizeCompany(cell).legal_forms.empty();
            }
            group.describes = Describes(filled_[i], column);
          }
          groups.push_back(group);
        }
        ++groups[g].count;
        group_of[i] = g;
      }
      size_t best = 0;
      for (size_t g = 1; g < groups.size(); ++g) {
        const Group& a = groups[g];
        const Group& b = groups[best];
        if (canonical && a.company != b.company) {
          if (!a.company) best = g;
          continue;
        }
        if (canonical && a.describes != b.describes) {
          if (a.describes) best = g;
          continue;
        }
        if (canonical && a.shared != b.shared) {
          if (!a.shared) best = g;
          continue;
        }
        if (a.count != b.count) {
          if (a.count > b.count) best = g;
          continue;
        }
        if (canonical && a.length != b.length) {
          if (a.length < b.length) best = g;
          continue;
        }
        // Equal: the earlier group has the better-ranked row.
      }
      // The group's most frequent spelling (ties: the better-ranked row).
      size_t chosen = groups[best].first, chosen_count = 0;
      for (size_t i = 0; i < k; ++i) {
        if (group_of[i] != best) continue;
        std::string_view spelling = TrimSpace(Cell(filled_[i], column));
        size_t count = 0;
        for (size_t j = 0; j < k; ++j) {
          count += group_of[j] == best && TrimSpace(Cell(filled_[j], column)) == spelling;
        }
        if (count > chosen_count) chosen = i, chosen_count = count;
      }
      return filled_[chosen];
    }
  }
  return filled_[0];
}

void Chooser::Union(size_t column, GoldenRecord* g, CellFate* fate) {
  const Column& col = s_.schema->columns[column];
  const size_t width = s_.table->header.size();
  std::vector<std::string> keys;
  std::string value;
  for (uint32_t r : filled_) {
    bool added = false;
    for (UnionPart& part :
         UnionParts(col.kind, Cell(r, column), s_.facts->Region(r, col.region))) {
      if (std::find(keys.begin(), keys.end(), part.key) != keys.end()) continue;
      keys.push_back(std::move(part.key));
      if (!value.empty()) value += s_.separator;
      value += part.display;
      added = true;
    }
    fate[Index(r, column, width)] = added ? CellFate::kGolden : CellFate::kSame;
    if (added && g->source_row[column] < 0) g->source_row[column] = r;
  }
  g->values[column] = std::move(value);
}

bool Chooser::Describes(uint32_t row, size_t column) const {
  // The whole numbers the cell writes in digits ("Net 30", "2/10 Net 30",
  // "月結30天").
  std::vector<double> mentioned;
  std::string_view cell = Cell(row, column);
  for (size_t i = 0; i < cell.size();) {
    if (cell[i] < '0' || cell[i] > '9') {
      ++i;
      continue;
    }
    double v = 0;
    while (i < cell.size() && cell[i] >= '0' && cell[i] <= '9') v = v * 10 + (cell[i++] - '0');
    mentioned.push_back(v);
  }
  if (mentioned.empty()) return false;
  // The numbers the row's other cells hold ("30", "三十天", "30 ngày", "2%").
  for (size_t c = 0; c < s_.table->header.size(); ++c) {
    if (c == column || static_cast<int>(c) == s_.id_column) continue;
    std::string_view other = Cell(row, c);
    if (IsBlank(other) || FindInvalidUtf8(other) != std::string_view::npos) continue;
    const Kind kind = s_.schema->columns[c].kind;
    if (kind != Kind::kDays && kind != Kind::kPercent && kind != Kind::kInteger &&
        kind != Kind::kDecimal) {
      continue;
    }
    NormalizedNumber n = NormalizeNumber(other, NumberOptionsFor(kind));
    if (!n.valid || n.value == 0) continue;
    for (double m : mentioned) {
      if (m == n.value) return true;
    }
  }
  return false;
}

size_t Chooser::BetterSpelling(size_t column, size_t chosen) {
  switch (s_.schema->columns[column].kind) {
    case Kind::kPersonName:
    case Kind::kCompany:
    case Kind::kAddress:
    case Kind::kCity:
    case Kind::kCountry:
    case Kind::kText:
    case Kind::kEnum:
      break;
    default:
      return chosen;  // numbers, dates, phones, e-mails: written normalized
  }
  // Spelling score: letters beyond ASCII (diacritics, Han), then having
  // lower-case letters (not typed in capitals).
  auto score = [&](size_t slot) {
    std::string_view cell = Cell(filled_[slot], column);
    if (FindInvalidUtf8(cell) != std::string_view::npos) return std::pair<size_t, int>(0, 0);
    size_t rich = 0;
    int lower = 0;
    for (unsigned char ch : cell) {
      rich += ch >= 0xC0;  // a lead byte: one code point beyond ASCII
      lower |= ch >= 'a' && ch <= 'z';
    }
    return std::pair<size_t, int>(rich, lower);
  };
  // Only spellings of the very same text (case, diacritics, spacing and
  // punctuation aside) compete: "Minh Phát" is not "Công ty TNHH Minh Phát".
  std::string_view chosen_cell = Cell(filled_[chosen], column);
  if (FindInvalidUtf8(chosen_cell) != std::string_view::npos) return chosen;
  const std::string text_key = PicklistKey(chosen_cell);
  size_t best = chosen;
  std::pair<size_t, int> best_score = score(chosen);
  for (size_t i = 0; i < filled_.size(); ++i) {
    if (i == chosen || Key(i, column) != Key(chosen, column)) continue;
    std::string_view cell = Cell(filled_[i], column);
    if (FindInvalidUtf8(cell) != std::string_view::npos || PicklistKey(cell) != text_key ||
        HasCjk(cell) != HasCjk(chosen_cell)) {
      continue;  // another text, or another script ("张伟" is not "Zhang Wei")
    }
    std::pair<size_t, int> sc = score(i);
    if (sc > best_score) best = i, best_score = sc;
  }
  return best;
}

std::string Chooser::Value(uint32_t row, size_t column) const {
  std::string_view cell = Cell(row, column);
  if (!s_.clean) return std::string(cell);
  const Column& col = s_.schema->columns[column];
  return CleanValue(col.kind, cell, s_.facts->Region(row, col.region), s_.separator);
}

void Chooser::Merge(uint32_t golden_index, GoldenRecord* g, CellFate* fate) {
  const size_t width = s_.table->header.size();
  g->values.assign(width, std::string());
  g->source_row.assign(width, -1);
  ranked_ = g->members;
  std::sort(ranked_.begin(), ranked_.end(),
            [this](uint32_t a, uint32_t b) { return RankedBefore(a, b); });
  for (size_t c = 0; c < width; ++c) {
    if (static_cast<int>(c) == s_.id_column) {
      for (uint32_t r : g->members) fate[Index(r, c, width)] = CellFate::kId;
      continue;
    }
    filled_.clear();
    for (uint32_t r : ranked_) {
      if (!IsBlank(Cell(r, c))) {
        filled_.push_back(r);
      } else {
        fate[Index(r, c, width)] = CellFate::kEmpty;
      }
    }
    if (filled_.empty()) continue;
    if ((*s_.rules)[c] == SurvivorshipRule::kUnion) {
      Union(c, g, fate);
      continue;
    }
    if (filled_.size() == 1) {
      g->values[c] = Value(filled_[0], c);
      g->source_row[c] = filled_[0];
      fate[Index(filled_[0], c, width)] = CellFate::kGolden;
      continue;
    }
    keys_.assign(filled_.size(), std::string());
    has_key_.assign(filled_.size(), 0);
    const int64_t chosen = Choose(c, golden_index);
    size_t chosen_slot = 0;
    while (filled_[chosen_slot] != chosen) ++chosen_slot;
    chosen_slot = BetterSpelling(c, chosen_slot);
    g->values[c] = Value(filled_[chosen_slot], c);
    g->source_row[c] = filled_[chosen_slot];
    const std::string golden_key = Key(chosen_slot, c);
    for (size_t i = 0; i < filled_.size(); ++i) {
      CellFate f = i == chosen_slot         ? CellFate::kGolden
                   : Key(i, c) == golden_key ? CellFate::kSame
                                             : CellFate::kLost;
      fate[Index(filled_[i], c, width)] = f;
    }
  }
}

}  // namespace dqe::internal

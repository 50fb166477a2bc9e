// value_key.h: what survivorship compares cells on — a cell's match key by
// its column's kind, and the distinct parts a union keeps.
#ifndef DQE_MERGE_VALUE_KEY_H_
#define DQE_MERGE_VALUE_KEY_H_

#include <string>
#include <string_view>
#include <vector>

#include "dqe/normalize.h"
#include "dqe/schema.h"

namespace dqe::internal {

// ValueKey returns the key two cells of a column of `kind` are "the same
// value" on: the name key for names, the E.164 numbers (sorted) for phones,
// the e-mail key, the company key, the ISO date, the number for numbers, and
// for other text its picklist key (case, diacritics, spacing and punctuation
// folded). A cell that is not valid UTF-8, or that the normalizer cannot read,
// is its own key (prefixed so that it never meets a normalized key).
// `region` is the region phones without a country code are read in.
std::string ValueKey(Kind kind, std::string_view cell, std::string_view region);

// One distinct value a union keeps.
struct UnionPart {
  std::string key;      // compared to find duplicates
  std::string display;  // written to the golden value
};

// UnionParts splits a cell into the values a union keeps: for phones every
// number of the cell (E.164 when valid, else as written), for e-mails the
// normalized address (as written when invalid), for other kinds the cell with
// its whitespace trimmed.
std::vector<UnionPart> UnionParts(Kind kind, std::string_view cell,
                                  std::string_view region);

// CleanValue returns the clean form of a golden value: a person's name as
// NormalizeName's display (NFC, spacing, tone marks, no honorific), phones as
// E.164 (several joined with `separator`), an e-mail normalized; other kinds,
// and values the normalizer cannot read, trimmed of surrounding whitespace.
std::string CleanValue(Kind kind, std::string_view cell, std::string_view region,
                       std::string_view separator);

// TrimSpace drops the spaces, tabs and line breaks around `s`.
std::string_view TrimSpace(std::string_view s);

// NumberOptionsFor returns how NormalizeNumber reads a column of `kind`:
// percents for kPercent, day counts for kDays.
NumberOptions NumberOptionsFor(Kind kind);

// NumberKey writes a number rounded to a millionth, so that 2, 2.0 and a
// percent field's 0.02 meet.
std::string NumberKey(double value);

// IsBlank returns true when the cell holds only spaces, tabs and line breaks
// (or nothing).
bool IsBlank(std::string_view cell);

}  // namespace dqe::internal

#endif  // DQE_MERGE_VALUE_KEY_H_

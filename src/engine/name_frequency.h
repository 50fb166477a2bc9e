// name_frequency.h: how common a person's name is, estimated from its words.
//
// Term frequencies count how many people of the table hold a name. In a
// table of 20,000 rows nearly every name is held by one or two people,
// which cannot tell "Nguyễn Văn Nam" (a few Vietnamese men in every
// thousand) from "La Công Minh Tuấn" (hardly anyone): both are seen once.
// The words can. A name's share of the table's people is estimated as its
// naming culture's share times the product of its words' shares among that
// culture's people:
//
//   share(Nguyễn Văn Nam) = s(vn) · p_vn(nguyen) · p_vn(van) · p_vn(nam)
//
// Each person's words are counted in their culture, told by script and
// words: Han characters, or letters that read as pinyin, Wade-Giles or
// Cantonese romanisation, are Chinese; letters with a Vietnamese family name
// are Vietnamese; the rest are "other" (Western and everything else). A
// name's share is then summed over the cultures it may be of, so that a
// culture told wrongly ("Mandy Ng": Western, or a Hong Kong name with an
// English given name) costs little. Within a culture words are taken as
// independent, which underestimates the share of names whose words go
// together (Thị and a woman's given name): the caller allows for that.
// Words are counted once per person (rows joined by a number or mailbox of
// their own are one person's), as term frequencies are, and the share is of
// the other people: a pair's own rows do not make their words common. The
// shares are smoothed (a word nobody else holds is rare, not impossible; a
// culture of a few people says little).
#ifndef DQE_ENGINE_NAME_FREQUENCY_H_
#define DQE_ENGINE_NAME_FREQUENCY_H_

#include <cstdint>
#include <vector>

#include "src/cluster/union_find.h"
#include "src/engine/record_features.h"

namespace dqe::internal {

// NameCulture returns the naming culture of `row`'s name: 1 Chinese,
// 2 Vietnamese, 0 other. Requires a name (not missing).
uint8_t NameCulture(const SourceFeatures& names, size_t row);

// NameShares: per row, log2 of the estimated share of the table's other
// people holding the row's name (see above); 0 for a row without a name.
struct NameShares {
  // The person each row is (the root of its set in `people`).
  std::vector<uint32_t> person;
  // The share beside the row's own person.
  std::vector<float> own;
  // The share beside the row's own person and one more holding the same
  // words (the other row of a pair that is not joined to it).
  std::vector<float> pair;

  bool empty() const { return own.empty(); }
  // Log2Share returns log2 of the share of other people holding the name
  // the rows a and b agree on, the commoner of their two spellings.
  float Log2Share(uint32_t a, uint32_t b) const {
    const std::vector<float>& s = person[a] == person[b] ? own : pair;
    return s[a] > s[b] ? s[a] : s[b];
  }
};

// EstimateNameShares estimates the shares of every row's name, on
// `threads` threads. `people` joins the rows of one person.
NameShares EstimateNameShares(const SourceFeatures& names, UnionFind& people,
                              int threads = 1);

}  // namespace dqe::internal

#endif  // DQE_ENGINE_NAME_FREQUENCY_H_

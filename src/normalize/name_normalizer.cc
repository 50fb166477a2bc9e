// Person names: display form, match key and tokens.
#include <unicode/uchar.h>

#include <algorithm>

#include "dqe/normalize.h"
#include "src/common/utf8.h"
#include "src/normalize/fold_tables.h"
#include "src/normalize/honorifics.h"
#include "src/normalize/text_fold.h"
#include "src/normalize/vietnamese_tone.h"

namespace dqe {
namespace {

using internal::AppendUtf8;
using internal::DecodeUtf8;
using internal::kInvalidCodePoint;

bool IsSpace(char32_t cp) {
  return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || cp == 0x85 || cp == 0xA0 ||
         cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 ||
         cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

// Invisible code points that typists and exports leave in names.
bool IsInvisible(char32_t cp) {
  return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 ||
         cp == 0xFEFF || cp == 0xAD;
}

bool IsHan(char32_t cp) {
  return internal::HanEntryFor(cp) != nullptr ||
         (cp >= 0x20000 && cp <= 0x3FFFF);
}

// A word of the name: a span of the cleaned text, with what the hot path
// needs to know about it.
struct Word {
  uint32_t begin = 0, end = 0;  // in the cleaned text
  bool has_alnum = false;
  bool han_only = true;  // every letter Han
  bool lower = false;    // has a lower-case letter
  bool upper = false;    // has an upper-case letter
  bool latin = false;    // has a Latin letter
  bool ascii = true;
  // A tone mark sits on a vowel that may not be where the style puts it
  // (not ê ơ â ă ô, which always carry it), with another vowel beside it.
  bool check_tone = false;
  uint8_t vowels = 0;
  bool plain_toned = false;
};

// Per-thread buffers reused from one name to the next. Reached once per call
// through a reference: every access to a thread_local in position-independent
// code is a call to __tls_get_addr.
struct Scratch {
  std::string nfkc, clean, placed;
  std::vector<Word> words;
  std::vector<std::string_view> sorted;
};

Scratch& ThreadScratch() {
  thread_local Scratch scratch;
  return scratch;
}

// LowerWord lower-cases a short word for honorific lookups into `buf`,
// dropping one trailing '.'. Words longer than any honorific give an empty
// view.
class LowerWord {
 public:
  explicit LowerWord(std::string_view w) {
    if (w.size() > kMax) return;
    size_t i = 0;
    while (i < w.size()) {
      const unsigned char b = static_cast<unsigned char>(w[i]);
      if (b < 0x80) {
        buf_[n_++] = static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
        ++i;
        continue;
      }
      const char32_t cp = DecodeUtf8(w, &i);
      if (cp == kInvalidCodePoint) {
        n_ = 0;
        return;
      }
      std::string tmp;
      AppendUtf8(static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))),
                 &tmp);
      if (n_ + tmp.size() > sizeof buf_) {
        n_ = 0;
        return;
      }
      for (char c : tmp) buf_[n_++] = c;
    }
    if (n_ > 0 && buf_[n_ - 1] == '.') --n_;
  }
  std::string_view view() const { return std::string_view(buf_, n_); }

 private:
  static constexpr size_t kMax = 12;
  char buf_[kMax * 2];
  size_t n_ = 0;
};

// Title-cases a word: upper case at the start and after - ' ’ . ; lower
// elsewhere.
void TitleCase(std::string_view w, std::string* out) {
  bool start = true;
  size_t i = 0;
  while (i < w.size()) {
    const char32_t cp = DecodeUtf8(w, &i);
    if (cp == kInvalidCodePoint) return;
    const UChar32 c = static_cast<UChar32>(cp);
    if (u_isalpha(c)) {
      AppendUtf8(static_cast<char32_t>(start ? u_toupper(c) : u_tolower(c)),
                 out);
      start = false;
    } else {
      AppendUtf8(cp, out);
      start = cp == '-' || cp == '\'' || cp == 0x2019 || cp == '.';
    }
  }
}

}  // namespace

std::string_view ScriptName(Script script) {
  switch (script) {
    case Script::kEmpty:
      return "empty";
    case Script::kLatin:
      return "latin";
    case Script::kHan:
      return "han";
    case Script::kMixed:
      return "mixed";
    case Script::kOther:
      return "other";
  }
  return "empty";
}

void NormalizeName(std::string_view text, const NameOptions& options,
                   NormalizedName* out) {
  out->valid = false;
  out->reason.clear();
  out->display.clear();
  out->key.clear();
  out->sorted_key.clear();
  out->script = Script::kEmpty;
  out->vietnamese = false;
  out->honorifics.clear();

  if (size_t bad = internal::FindInvalidUtf8(text);
      bad != std::string_view::npos) {
    out->tokens.clear();
    out->reason = internal::InvalidUtf8Reason(bad);
    return;
  }
  Scratch& scratch = ThreadScratch();
  std::string& nfkc = scratch.nfkc;
  internal::ToNfkc(text, &nfkc);

  // One pass: split into words at white space, drop invisible code points,
  // write Ð (eth) starting a word as Đ, and note what later steps need.
  std::string& clean = scratch.clean;
  std::vector<Word>& words = scratch.words;
  clean.clear();
  clean.reserve(nfkc.size());
  words.clear();
  {
    Word w;
    bool in_word = false;
    auto finish = [&] {
      if (in_word) {
        w.end = static_cast<uint32_t>(clean.size());
        w.check_tone = w.plain_toned && w.vowels >= 2;
        if (w.has_alnum) {
          words.push_back(w);
        } else {
          clean.resize(w.begin);  // "-", "/", "•": not part of a name
        }
      }
      in_word = false;
    };
    size_t i = 0;
    while (i < nfkc.size()) {
      const unsigned char b = static_cast<unsigned char>(nfkc[i]);
      if (b < 0x80) {
        ++i;
        if (b == ' ' || (b >= 0x09 && b <= 0x0D)) {
          finish();
          continue;
        }
        if (!in_word) {
          w = Word();
          w.begin = static_cast<uint32_t>(clean.size());
          in_word = true;
        }
        const char lower = static_cast<char>(b | 0x20);
        if (lower >= 'a' && lower <= 'z') {
          w.has_alnum = true;
          w.han_only = false;
          w.latin = true;
          (b >= 'a' ? w.lower : w.upper) = true;
          if (lower == 'a' || lower == 'e' || lower == 'i' || lower == 'o' ||
              lower == 'u' || lower == 'y') {
            ++w.vowels;
          }
        } else if (b >= '0' && b <= '9') {
          w.has_alnum = true;
        }
        clean.push_back(static_cast<char>(b));
        continue;
      }
      const size_t cp_start = i;
      const char32_t cp = DecodeUtf8(nfkc, &i);
      if (cp == kInvalidCodePoint) break;  // ICU output is valid; defensive
      if (IsSpace(cp)) {
        finish();
        continue;
      }
      if (IsInvisible(cp)) continue;
      if (!in_word) {
        w = Word();
        w.begin = static_cast<uint32_t>(clean.size());
        in_word = true;
      }
      w.ascii = false;
      if (const internal::LatinFoldEntry* e = internal::LatinEntry(cp)) {
        const uint8_t f = e->flags;
        if (f & (internal::kLetter | internal::kDigit)) {
          w.has_alnum = true;
          if (f & internal::kLetter) w.han_only = false;
        }
        if (f & internal::kLower) w.lower = true;
        if (f & internal::kUpper) w.upper = true;
        if (f & internal::kLatinLetter) w.latin = true;
        internal::VietnameseVowel v;
        if (internal::AsVietnameseVowel(cp, &v)) {
          ++w.vowels;
          // a e i o u ư y carrying a tone: its place depends on the rest.
          if (v.tone != 0 &&
              (v.base == 0 || v.base == 3 || v.base == 5 || v.base == 6 ||
               v.base == 9 || v.base == 10 || v.base == 11)) {
            w.plain_toned = true;
          }
        }
        if (internal::IsVietnameseOnly(cp)) out->vietnamese = true;
        if (clean.size() == w.begin && (cp == 0xD0 || cp == 0xF0)) {
          AppendUtf8(cp == 0xD0 ? U'Đ' : U'đ', &clean);
          out->vietnamese = true;
          continue;
        }
      } else if (IsHan(cp)) {
        w.has_alnum = true;
      } else {
        const UChar32 c = static_cast<UChar32>(cp);
        if (u_isalnum(c)) {
          w.has_alnum = true;
          w.han_only = false;
          if (u_islower(c)) w.lower = true;
          if (u_isupper(c)) w.upper = true;
        }
      }
      clean.append(nfkc, cp_start, i - cp_start);
    }
    finish();
  }
  auto text_of = [&](const Word& w) {
    return std::string_view(clean).substr(w.begin, w.end - w.begin);
  };

  // Honorifics: titles before the name, post-nominals after it, and the
  // suffixes Chinese writes onto the name itself.
  size_t begin = 0, end = words.size();
  std::string_view last_trimmed;  // the last word without its Han suffix
  if (options.drop_honorifics) {
    while (end - begin >= 2) {
      const internal::HonorificKind kind =
          internal::LeadingHonorific(LowerWord(text_of(words[begin])).view());
      if (kind == internal::HonorificKind::kNone) break;
      if (kind == internal::HonorificKind::kAmbiguous && end - begin < 3) break;
      out->honorifics.emplace_back(text_of(words[begin]));
      ++begin;
    }
    while (end - begin >= 2 && words[end - 1].ascii &&
           internal::IsPostNominal(LowerWord(text_of(words[end - 1])).view())) {
      out->honorifics.emplace_back(text_of(words[end - 1]));
      --end;
    }
    if (end > begin && words[end - 1].han_only && !words[end - 1].ascii) {
      // "王 先生": the honorific as a word of its own.
      const std::string_view last = text_of(words[end - 1]);
      if (end - begin >= 2 && internal::IsHanHonorific(last)) {
        out->honorifics.emplace_back(last);
        --end;
      } else if (size_t n = internal::HanHonorificSuffix(last)) {
        out->honorifics.emplace_back(last.substr(last.size() - n));
        words[end - 1].end -= static_cast<uint32_t>(n);
      }
    }
  }
  if (begin == end) {
    out->tokens.clear();
    out->reason = "empty";
    return;
  }

  // Case is fixed only when the whole name (titles aside) is in one case.
  bool any_lower = false, any_upper = false, latin_letters = false;
  for (size_t k = begin; k < end; ++k) {
    any_lower |= words[k].lower;
    any_upper |= words[k].upper;
    latin_letters |= words[k].latin;
  }
  const bool fix_case =
      options.fix_case && latin_letters && (!any_lower || !any_upper);
  std::string& placed = scratch.placed;
  for (size_t k = begin; k < end; ++k) {
    if (!out->display.empty()) out->display.push_back(' ');
    std::string_view w = text_of(words[k]);
    if (words[k].check_tone) {
      placed.clear();
      if (internal::PlaceTone(w, options.tone_style, &placed)) w = placed;
    }
    if (fix_case) {
      TitleCase(w, &out->display);
    } else {
      out->display.append(w);
    }
  }

  out->script = internal::FoldToKey(out->display,
                                    internal::HanRuns::kPersonName, &out->key);
  if (out->key.empty()) {
    out->tokens.clear();
    out->reason = "no letters";
    return;
  }
  // The key's tokens, reusing the storage of `out->tokens`.
  size_t count = 0;
  for (size_t i = 0; i < out->key.size();) {
    size_t j = out->key.find(' ', i);
    if (j == std::string::npos) j = out->key.size();
    if (count == out->tokens.size()) out->tokens.emplace_back();
    out->tokens[count++].assign(out->key, i, j - i);
    i = j + 1;
  }
  out->tokens.resize(count);
  if (count == 1) {
    out->sorted_key = out->key;
  } else {
    std::vector<std::string_view>& sorted = scratch.sorted;
    sorted.clear();
    for (const std::string& t : out->tokens) sorted.emplace_back(t);
    std::sort(sorted.begin(), sorted.end());
    out->sorted_key.reserve(out->key.size());
    for (std::string_view t : sorted) {
      if (!out->sorted_key.empty()) out->sorted_key.push_back(' ');
      out->sorted_key.append(t);
    }
  }
  out->valid = true;
}

NormalizedName NormalizeName(std::string_view text,
                             const NameOptions& options) {
  NormalizedName out;
  NormalizeName(text, options, &out);
  return out;
}

std::vector<NormalizedName> NormalizeNameColumn(
    std::span<const std::string_view> cells, const NameOptions& options) {
  std::vector<NormalizedName> out(cells.size());
  for (size_t i = 0; i < cells.size(); ++i)
    NormalizeName(cells[i], options, &out[i]);
  return out;
}

}  // namespace dqe

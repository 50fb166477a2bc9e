// Person names: display form, match key and tokens.
//
// Two ways in, one way out. Most names are Latin or Vietnamese text that is
// already NFKC; SplitLatin reads those in one pass (checking UTF-8 and NFKC,
// cutting words, folding each word's key from the tables). Anything else
// (Han, other scripts, text NFKC would change) goes through SplitGeneral,
// which normalizes with ICU first and folds keys later. Finish then does the
// same for both: honorifics, tone placement, case, key, tokens. A test holds
// the two paths to identical results.
#include <unicode/uchar.h>

#include <algorithm>
#include <array>

#include "dqe/normalize.h"
#include "src/common/utf8.h"
#include "src/normalize/fold_tables.h"
#include "src/normalize/honorifics.h"
#include "src/normalize/name_normalizer_internal.h"
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

// A word of the name: a span of the cleaned text, with what later steps
// need to know about it.
struct Word {
  uint32_t begin = 0, end = 0;          // in the cleaned text
  uint32_t key_begin = 0, key_end = 0;  // in the key buffer, once folded
  Script script = Script::kEmpty;       // of the word's key, once folded
  bool has_alnum = false;
  bool has_letter = false;
  bool han_only = true;  // every letter Han
  bool lower = false;    // has a lower-case letter
  bool upper = false;    // has an upper-case letter
  bool latin = false;    // has a Latin letter
  bool ascii = true;
  // A tone mark on a vowel whose place depends on its neighbours (a e i o u
  // ư y; ê ơ â ă ô always carry it), with another vowel in the word.
  bool plain_toned = false;
  uint8_t vowels = 0;
  bool check_tone() const { return plain_toned && vowels >= 2; }
};

// Per-thread buffers reused from one name to the next. Reached once per call
// through a reference: every access to a thread_local in position-independent
// code is a call to __tls_get_addr.
struct Scratch {
  std::string nfkc, clean, keys, placed;
  std::vector<Word> words;
  std::vector<std::string_view> sorted;
  bool keys_folded = false;  // the words' keys are in `keys`
};

Scratch& ThreadScratch() {
  thread_local Scratch scratch;
  return scratch;
}

// Notes what a non-ASCII letter says about its word and the name.
inline void NoteLetter(char32_t cp, uint8_t flags, Word* w, bool* vietnamese) {
  if (flags & (internal::kLetter | internal::kDigit)) {
    w->has_alnum = true;
    if (flags & internal::kLetter) {
      w->han_only = false;
      w->has_letter = true;
    }
  }
  if (flags & internal::kLower) w->lower = true;
  if (flags & internal::kUpper) w->upper = true;
  if (flags & internal::kLatinLetter) w->latin = true;
  if ((cp >= 0xC0 && cp < 0x200) || (cp >= 0x1EA0 && cp <= 0x1EF9)) {
    internal::VietnameseVowel v;
    if (internal::AsVietnameseVowel(cp, &v)) {
      ++w->vowels;
      if (v.tone != 0 &&
          (v.base == 0 || v.base == 3 || v.base == 5 || v.base == 6 ||
           v.base == 9 || v.base == 10 || v.base == 11)) {
        w->plain_toned = true;
      }
    }
    if (internal::IsVietnameseOnly(cp)) *vietnamese = true;
  }
}

// ASCII in names: what a byte is.
enum AsciiClass : uint8_t {
  kSpace,
  kLowerVowel,
  kLower,
  kUpperVowel,
  kUpper,
  kDigit,
  kDrop,
  kPunct
};
constexpr std::array<uint8_t, 128> MakeAsciiClasses() {
  std::array<uint8_t, 128> t{};
  for (int c = 0; c < 128; ++c) {
    const bool vowel =
        c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    const bool upper_vowel =
        c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U' || c == 'Y';
    if (c == ' ' || (c >= 0x09 && c <= 0x0D)) {
      t[c] = kSpace;
    } else if (c >= 'a' && c <= 'z') {
      t[c] = vowel ? kLowerVowel : kLower;
    } else if (c >= 'A' && c <= 'Z') {
      t[c] = upper_vowel ? kUpperVowel : kUpper;
    } else if (c >= '0' && c <= '9') {
      t[c] = kDigit;
    } else if (c == '\'' || c == '`' || c == '-') {
      t[c] = kDrop;  // as in the fold's key bytes (text_fold.cc)
    } else {
      t[c] = kPunct;
    }
  }
  return t;
}
constexpr std::array<uint8_t, 128> kAsciiClasses = MakeAsciiClasses();

// KeyAppender writes one word's key: lower-case ASCII tokens, one space
// between them, none at the ends.
class KeyAppender {
 public:
  explicit KeyAppender(std::string* keys) : keys_(keys) {}
  void Start() {
    begin_ = keys_->size();
    pending_ = false;
  }
  void Token(char c) {
    if (pending_) {
      if (keys_->size() > begin_) keys_->push_back(' ');
      pending_ = false;
    }
    keys_->push_back(c);
  }
  void Break() { pending_ = true; }
  // Folded ASCII from the tables: letters and digits join a token,
  // apostrophes vanish, the rest separates.
  void Folded(std::string_view s) {
    for (char ch : s) {
      const unsigned char c = static_cast<unsigned char>(ch);
      switch (kAsciiClasses[c & 0x7F]) {
        case kLowerVowel:
        case kLower:
        case kDigit:
          Token(ch);
          break;
        case kUpperVowel:
        case kUpper:
          Token(static_cast<char>(c + 32));
          break;
        case kDrop:
          break;
        default:
          Break();
      }
    }
  }

 private:
  std::string* keys_;
  size_t begin_ = 0;
  bool pending_ = false;
};

// SplitLatin reads text that is Latin (Vietnamese included), valid UTF-8 and
// already NFKC in one pass. Returns false, having decided nothing, for any
// other text.
bool SplitLatin(std::string_view text, Scratch* s, bool* vietnamese_out) {
  std::string& clean = s->clean;
  std::string& keys = s->keys;
  std::vector<Word>& words = s->words;
  clean.clear();
  keys.clear();
  words.clear();
  clean.reserve(text.size());
  keys.reserve(text.size() + 8);
  bool vietnamese = false;
  KeyAppender key(&keys);
  Word w;
  bool in_word = false;
  auto start = [&] {
    w = Word();
    w.begin = static_cast<uint32_t>(clean.size());
    key.Start();
    w.key_begin = static_cast<uint32_t>(keys.size());
    in_word = true;
  };
  auto finish = [&] {
    if (!in_word) return;
    in_word = false;
    w.end = static_cast<uint32_t>(clean.size());
    w.key_end = static_cast<uint32_t>(keys.size());
    w.script =
        w.key_end > w.key_begin && w.latin ? Script::kLatin : Script::kEmpty;
    if (w.has_alnum) {
      words.push_back(w);
    } else {  // "-", "/", "•": not part of a name
      clean.resize(w.begin);
      keys.resize(w.key_begin);
    }
  };
  const char* p = text.data();
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    const unsigned char b = static_cast<unsigned char>(p[i]);
    if (b < 0x80) {
      ++i;
      const uint8_t cls = kAsciiClasses[b];
      if (cls == kSpace) {
        finish();
        continue;
      }
      if (!in_word) start();
      clean.push_back(static_cast<char>(b));
      switch (cls) {
        case kLowerVowel:
          ++w.vowels;
          [[fallthrough]];
        case kLower:
          w.has_alnum = w.has_letter = w.latin = w.lower = true;
          w.han_only = false;
          key.Token(static_cast<char>(b));
          break;
        case kUpperVowel:
          ++w.vowels;
          [[fallthrough]];
        case kUpper:
          w.has_alnum = w.has_letter = w.latin = w.upper = true;
          w.han_only = false;
          key.Token(static_cast<char>(b + 32));
          break;
        case kDigit:
          w.has_alnum = true;
          key.Token(static_cast<char>(b));
          break;
        case kDrop:
          break;
        default:
          key.Break();
      }
      continue;
    }
    const size_t cp_start = i;
    const char32_t cp = DecodeUtf8(text, &i);
    if (cp == kInvalidCodePoint) return false;
    const internal::LatinFoldEntry* e = internal::LatinEntry(cp);
    constexpr uint8_t kNeeded = internal::kNfkcInert | internal::kTableFold;
    if (e == nullptr || (e->flags & kNeeded) != kNeeded || IsSpace(cp) ||
        IsInvisible(cp)) {
      return false;
    }
    if (!in_word) start();
    w.ascii = false;
    NoteLetter(cp, e->flags, &w, &vietnamese);
    // Ð (eth) starting a word is a Vietnamese Đ typed from the wrong key.
    if (clean.size() == w.begin && (cp == 0xD0 || cp == 0xF0)) {
      AppendUtf8(cp == 0xD0 ? U'Đ' : U'đ', &clean);
      vietnamese = true;
    } else {
      clean.append(p + cp_start, i - cp_start);
    }
    key.Folded(internal::LatinFold(*e));
  }
  finish();
  *vietnamese_out = vietnamese;
  s->keys_folded = true;
  return true;
}

// SplitGeneral reads any NFKC text into words; keys are folded later, after
// honorifics are gone.
void SplitGeneral(std::string_view nfkc, Scratch* s, NormalizedName* out) {
  std::string& clean = s->clean;
  std::vector<Word>& words = s->words;
  clean.clear();
  clean.reserve(nfkc.size());
  words.clear();
  bool vietnamese = false;
  Word w;
  bool in_word = false;
  auto finish = [&] {
    if (!in_word) return;
    in_word = false;
    w.end = static_cast<uint32_t>(clean.size());
    if (w.has_alnum) {
      words.push_back(w);
    } else {
      clean.resize(w.begin);
    }
  };
  size_t i = 0;
  while (i < nfkc.size()) {
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
    if (cp >= 0x80) w.ascii = false;
    if (const internal::LatinFoldEntry* e = internal::LatinEntry(cp)) {
      if (cp < 0x80) {
        // ASCII vowels count for tone placement as their table flags do not.
        const char c = static_cast<char>(cp | 0x20);
        if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' ||
            c == 'y') {
          ++w.vowels;
        }
      }
      NoteLetter(cp, e->flags, &w, &vietnamese);
      if (clean.size() == w.begin && (cp == 0xD0 || cp == 0xF0)) {
        AppendUtf8(cp == 0xD0 ? U'Đ' : U'đ', &clean);
        vietnamese = true;
        continue;
      }
    } else if (IsHan(cp)) {
      w.has_alnum = w.has_letter = true;
    } else {
      const UChar32 c = static_cast<UChar32>(cp);
      if (u_isalnum(c)) {
        w.has_alnum = true;
        if (u_isalpha(c)) w.has_letter = true;
        w.han_only = false;
        if (u_islower(c)) w.lower = true;
        if (u_isupper(c)) w.upper = true;
      }
    }
    clean.append(nfkc, cp_start, i - cp_start);
  }
  finish();
  out->vietnamese = vietnamese;
  s->keys_folded = false;
}

// ToNfkcOrReport writes the NFKC form of `text` to s->nfkc; false (with the
// reason in `out`) when `text` is not UTF-8.
bool ToNfkcOrReport(std::string_view text, Scratch* s, NormalizedName* out) {
  if (size_t bad = 0; !internal::ToNfkc(text, &s->nfkc, &bad)) {
    out->tokens.clear();
    out->reason = internal::InvalidUtf8Reason(bad);
    return false;
  }
  return true;
}

// LowerWord lower-cases a short word for honorific lookups, dropping one
// trailing '.'. Words longer than any honorific give an empty view.
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
    const unsigned char b = static_cast<unsigned char>(w[i]);
    if (b < 0x80) {
      ++i;
      const bool alpha = (b | 0x20) >= 'a' && (b | 0x20) <= 'z';
      if (alpha) {
        out->push_back(static_cast<char>(start ? (b & ~0x20) : (b | 0x20)));
        start = false;
      } else {
        out->push_back(static_cast<char>(b));
        start = b == '-' || b == '\'' || b == '.';
      }
      continue;
    }
    const char32_t cp = DecodeUtf8(w, &i);
    if (cp == kInvalidCodePoint) return;
    const UChar32 c = static_cast<UChar32>(cp);
    if (u_isalpha(c)) {
      AppendUtf8(static_cast<char32_t>(start ? u_toupper(c) : u_tolower(c)),
                 out);
      start = false;
    } else {
      AppendUtf8(cp, out);
      start = cp == 0x2019;
    }
  }
}

Script Combine(Script a, Script b) {
  if (a == Script::kEmpty) return b;
  if (b == Script::kEmpty || a == b) return a;
  return Script::kMixed;
}

// DropHonorifics narrows [*begin, *end) to the words of the name proper:
// titles before it, post-nominals after it, and the suffixes Chinese writes
// onto the name itself go, and into *removed (as typed) when it is not null.
void DropHonorifics(const NameOptions& options, Scratch* s, size_t* begin_out,
                    size_t* end_out, std::vector<std::string>* removed) {
  if (!options.drop_honorifics) return;
  const std::string& clean = s->clean;
  std::vector<Word>& words = s->words;
  auto text_of = [&](const Word& w) {
    return std::string_view(clean).substr(w.begin, w.end - w.begin);
  };
  auto note = [&](std::string_view w) {
    if (removed != nullptr) removed->emplace_back(w);
  };
  size_t begin = *begin_out, end = *end_out;
  while (end - begin >= 2) {
    const auto lower = LowerWord(text_of(words[begin]));
    internal::HonorificKind kind = internal::LeadingHonorific(lower.view());
    if (kind == internal::HonorificKind::kNone && end - begin >= 3 &&
        words[begin].ascii && internal::UnaccentedVietnameseTitle(lower.view())) {
      // "Chi Nguyen Lan Duyen": Chị typed without its mark, before a family
      // name.
      std::string next;
      bool latin = false;
      if (internal::FoldLatinKey(text_of(words[begin + 1]), &next, &latin) &&
          internal::IsVietnameseFamilyKey(next)) {
        kind = internal::HonorificKind::kTitle;
      }
    }
    if (kind == internal::HonorificKind::kNone) break;
    if (kind == internal::HonorificKind::kAmbiguous && end - begin < 3) break;
    note(text_of(words[begin]));
    ++begin;
  }
  while (end - begin >= 2 && words[end - 1].ascii &&
         internal::IsPostNominal(LowerWord(text_of(words[end - 1])).view())) {
    note(text_of(words[end - 1]));
    --end;
  }
  if (end > begin && words[end - 1].han_only && !words[end - 1].ascii) {
    const std::string_view last = text_of(words[end - 1]);
    if (end - begin >= 2 && internal::IsHanHonorific(last)) {
      note(last);  // "王 先生"
      --end;
    } else if (size_t n = internal::HanHonorificSuffix(last)) {
      note(last.substr(last.size() - n));
      words[end - 1].end -= static_cast<uint32_t>(n);
    }
  }
  *begin_out = begin;
  *end_out = end;
}

// Finish turns the words into the result: honorifics, display, key, tokens.
void Finish(const NameOptions& options, Scratch* s, NormalizedName* out) {
  const std::string& clean = s->clean;
  std::vector<Word>& words = s->words;
  auto text_of = [&](const Word& w) {
    return std::string_view(clean).substr(w.begin, w.end - w.begin);
  };

  size_t begin = 0, end = words.size();
  DropHonorifics(options, s, &begin, &end, &out->honorifics);
  if (begin == end) {
    out->tokens.clear();
    out->reason = "empty";
    return;
  }

  // Case is fixed only when the whole name (titles aside) is in one case.
  bool any_lower = false, any_upper = false, latin_letters = false;
  bool any_letter = false;
  for (size_t k = begin; k < end; ++k) {
    any_letter |= words[k].has_letter;
    any_lower |= words[k].lower;
    any_upper |= words[k].upper;
    latin_letters |= words[k].latin;
  }
  if (!any_letter) {  // "12345", "#3": not a name
    out->tokens.clear();
    out->reason = "no letters";
    return;
  }
  const bool fix_case =
      options.fix_case && latin_letters && (!any_lower || !any_upper);
  std::string& placed = s->placed;
  out->display.reserve(clean.size());
  for (size_t k = begin; k < end; ++k) {
    if (k > begin) out->display.push_back(' ');
    std::string_view w = text_of(words[k]);
    if (words[k].check_tone()) {
      placed.clear();
      if (internal::PlaceTone(w, options.tone_style, &placed)) w = placed;
    }
    if (fix_case) {
      TitleCase(w, &out->display);
    } else {
      out->display.append(w);
    }
  }

  // Keys: folded while reading (Latin) or now, word by word (a Han run never
  // crosses a space, so words fold as the whole display would).
  std::string& keys = s->keys;
  if (!s->keys_folded) {
    keys.clear();
    for (size_t k = begin; k < end; ++k) {
      Word& w = words[k];
      w.key_begin = static_cast<uint32_t>(keys.size());
      w.script = internal::FoldToKey(text_of(w), internal::HanRuns::kPersonName,
                                     &keys);
      w.key_end = static_cast<uint32_t>(keys.size());
    }
  }
  Script script = Script::kEmpty;
  out->key.reserve(keys.size());
  for (size_t k = begin; k < end; ++k) {
    const Word& w = words[k];
    script = Combine(script, w.script);
    if (w.key_end == w.key_begin) continue;
    if (!out->key.empty()) out->key.push_back(' ');
    out->key.append(keys, w.key_begin, w.key_end - w.key_begin);
  }
  out->script = script;
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
    std::vector<std::string_view>& sorted = s->sorted;
    sorted.clear();
    for (const std::string& t : out->tokens) {
      // Insertion sort: names have a handful of tokens.
      sorted.emplace_back(t);
      for (size_t k = sorted.size() - 1; k > 0 && sorted[k] < sorted[k - 1];
           --k) {
        std::swap(sorted[k], sorted[k - 1]);
      }
    }
    out->sorted_key.reserve(out->key.size());
    for (std::string_view t : sorted) {
      if (!out->sorted_key.empty()) out->sorted_key.push_back(' ');
      out->sorted_key.append(t);
    }
  }
  out->valid = true;
}

void Reset(NormalizedName* out) {
  out->valid = false;
  out->reason.clear();
  out->display.clear();
  out->key.clear();
  out->sorted_key.clear();
  out->script = Script::kEmpty;
  out->vietnamese = false;
  out->honorifics.clear();
}

}  // namespace

namespace internal {

// NormalizeNameGeneralPath normalizes through the general path only; the
// test that holds both paths to the same results calls it.
void NormalizeNameGeneralPath(std::string_view text, const NameOptions& options,
                              NormalizedName* out) {
  Reset(out);
  Scratch& scratch = ThreadScratch();
  if (!ToNfkcOrReport(text, &scratch, out)) return;
  SplitGeneral(scratch.nfkc, &scratch, out);
  Finish(options, &scratch, out);
}

}  // namespace internal

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
  Reset(out);
  Scratch& scratch = ThreadScratch();
  if (!SplitLatin(text, &scratch, &out->vietnamese)) {
    // Not already-NFKC Latin: normalize (decomposed Vietnamese is composed
    // without ICU) and try the fast path again before the general one.
    if (!ToNfkcOrReport(text, &scratch, out)) return;
    if (!SplitLatin(scratch.nfkc, &scratch, &out->vietnamese)) {
      SplitGeneral(scratch.nfkc, &scratch, out);
    }
  }
  Finish(options, &scratch, out);
}

bool NameKey(std::string_view text, const NameOptions& options,
             std::string* key) {
  key->clear();
  // Tone placement and case never change a fold, so for Latin text whose
  // first token cannot be a title and last token cannot be a post-nominal,
  // the key is the fold of the whole text. Anything else takes the whole
  // normalizer.
  bool latin = false, symbol = false;
  internal::KeySpaces spaces;
  bool folded = internal::FoldLatinKey(text, key, &latin, &symbol, &spaces);
  if (!folded) {
    // Decomposed Vietnamese (macOS) and the like: compose, then fold.
    std::string& nfkc = ThreadScratch().nfkc;
    size_t bad = 0;
    if (!internal::ToNfkc(text, &nfkc, &bad)) return false;
    folded = internal::FoldLatinKey(nfkc, key, &latin, &symbol, &spaces);
  }
  if (folded && latin && !symbol) {
    const std::string_view k = *key;
    const size_t first_end = std::min(spaces.first, k.size());
    const size_t last_space = spaces.last;
    if (!options.drop_honorifics || last_space == std::string_view::npos ||
        (!internal::MayBeTitleKey(k.substr(0, first_end)) &&
         !internal::MayBePostNominalKey(k.substr(last_space + 1)))) {
      return true;
    }
  }
  key->clear();
  thread_local NormalizedName full;
  NormalizedName& n = full;
  NormalizeName(text, options, &n);
  key->assign(n.valid ? n.key : std::string());
  return n.valid;
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
  for (size_t i = 0; i < cells.size(); ++i) {
    NormalizeName(cells[i], options, &out[i]);
  }
  return out;
}

}  // namespace dqe

#include "src/normalize/text_fold.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <memory>

#include "src/common/utf8.h"
#include "src/normalize/fold_tables.h"

namespace dqe::internal {
namespace {

// What a folded ASCII byte does to a key: a letter or digit becomes part of
// a token (lower-cased), an apostrophe or hyphen vanishes (O'Neil → oneil;
// Mei-Ling → meiling, as Taiwan and Hong Kong write the given names that
// pinyin runs together), anything else separates tokens. kKeyByte holds the
// byte to write, kDrop or kSeparator; bytes of 0x80 and above are kept (see
// KeyWriter::IcuText for what ICU leaves outside ASCII).
constexpr unsigned char kSeparator = 0, kDrop = 1;
constexpr std::array<unsigned char, 256> MakeKeyBytes() {
  std::array<unsigned char, 256> t{};
  for (int c = 0; c < 256; ++c) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) {
      t[c] = static_cast<unsigned char>(c);
    } else if (c >= 'A' && c <= 'Z') {
      t[c] = static_cast<unsigned char>(c + 32);
    } else {
      t[c] = kSeparator;
    }
  }
  t['\''] = kDrop;
  t['`'] = kDrop;
  t['-'] = kDrop;
  return t;
}
constexpr std::array<unsigned char, 256> kKeyBytes = MakeKeyBytes();

// KeyWriter appends folded ASCII to a key, one space between tokens, writing
// through a raw pointer into storage it grows ahead of need.
class KeyWriter {
 public:
  explicit KeyWriter(std::string* out) : out_(out), start_(out->size()) {
    Reserve(64);
  }
  ~KeyWriter() { out_->resize(static_cast<size_t>(p_ - out_->data())); }

  // Reserve makes room for `n` more bytes.
  void Reserve(size_t n) {
    if (static_cast<size_t>(end_ - p_) >= n + 1) return;
    const size_t used =
        p_ ? static_cast<size_t>(p_ - out_->data()) : out_->size();
    out_->resize(std::max(used + n + 1, 2 * used + 32));
    p_ = out_->data() + used;
    end_ = out_->data() + out_->size();
  }
  void Byte(unsigned char c) {  // requires room for 2 bytes
    const unsigned char k = kKeyBytes[c];
    if (k > kDrop) {
      if (pending_space_) {
        *p_++ = ' ';
        pending_space_ = false;
      }
      *p_++ = static_cast<char>(k);
    } else if (k == kSeparator) {
      Break();
    }
  }
  void Text(std::string_view s) {
    Reserve(2 * s.size());
    for (char c : s) Byte(static_cast<unsigned char>(c));
  }
  // IcuText appends what ICU's transliterators wrote: ASCII as Byte does;
  // a letter, mark or digit of a script they cannot write in ASCII kept as
  // it is; any other code point (symbols, box drawing, CJK punctuation)
  // separates tokens, as ASCII punctuation does.
  void IcuText(std::string_view s) {
    Reserve(2 * s.size());
    size_t i = 0;
    while (i < s.size()) {
      const unsigned char b = static_cast<unsigned char>(s[i]);
      if (b < 0x80) {
        Byte(b);
        ++i;
        continue;
      }
      const size_t at = i;
      const char32_t cp = DecodeUtf8(s, &i);
      if (cp == kInvalidCodePoint) {
        ++i;
        Break();
        continue;
      }
      if ((U_GET_GC_MASK(cp) & (U_GC_L_MASK | U_GC_M_MASK | U_GC_N_MASK)) == 0) {
        Break();
        continue;
      }
      if (pending_space_) {
        *p_++ = ' ';
        pending_space_ = false;
      }
      for (size_t k = at; k < i; ++k) *p_++ = s[k];
    }
  }
  // Break ends the current token (if any).
  void Break() { pending_space_ = p_ != out_->data() + start_; }

 private:
  std::string* out_;
  size_t start_;
  char* p_ = nullptr;
  char* end_ = nullptr;
  bool pending_space_ = false;
};

bool InHanTable(char32_t cp) { return HanEntryFor(cp) != nullptr; }

// Two-character Chinese surnames, Simplified (a fact list).
constexpr char32_t kCompoundSurnames[][2] = {
    {U'欧', U'阳'}, {U'司', U'马'}, {U'诸', U'葛'}, {U'上', U'官'},
    {U'东', U'方'}, {U'皇', U'甫'}, {U'尉', U'迟'}, {U'公', U'孙'},
    {U'慕', U'容'}, {U'长', U'孙'}, {U'宇', U'文'}, {U'司', U'徒'},
    {U'夏', U'侯'}, {U'令', U'狐'}, {U'端', U'木'}, {U'独', U'孤'},
    {U'南', U'宫'}, {U'西', U'门'}, {U'轩', U'辕'}, {U'澹', U'台'},
    {U'司', U'空'}, {U'闻', U'人'}, {U'呼', U'延'}, {U'万', U'俟'},
    {U'申', U'屠'}, {U'公', U'羊'}, {U'钟', U'离'}, {U'宗', U'政'},
    {U'濮', U'阳'}, {U'淳', U'于'}, {U'单', U'于'}, {U'太', U'史'},
    {U'赫', U'连'}, {U'百', U'里'}, {U'东', U'郭'}, {U'拓', U'跋'},
    {U'左', U'丘'}, {U'鲜', U'于'}, {U'闾', U'丘'}, {U'亓', U'官'},
};

bool IsCompoundSurname(char32_t a, char32_t b) {
  for (const auto& s : kCompoundSurnames) {
    if (s[0] == a && s[1] == b) return true;
  }
  return false;
}

// Writes a run of Han characters (Simplified, with their table entries).
void WriteHanRun(const std::vector<const HanEntry*>& run, HanRuns mode,
                 KeyWriter* w) {
  if (run.empty()) return;
  w->Break();
  for (size_t i = 0; i < run.size(); ++i) {
    const HanEntry* e = run[i];
    w->Text(HanReading(i == 0 ? e->surname : e->reading));
    const bool end_of_surname =
        i == 0 ? !(run.size() > 2 &&
                   IsCompoundSurname(run[0]->simplified, run[1]->simplified))
               : i == 1 && run.size() > 2 &&
                     IsCompoundSurname(run[0]->simplified, run[1]->simplified);
    if (mode == HanRuns::kSyllables ||
        (mode == HanRuns::kPersonName && end_of_surname)) {
      w->Break();
    }
  }
  w->Break();
}

const icu::Normalizer2* Nfkc() {
  static const icu::Normalizer2* nfkc = [] {
    UErrorCode status = U_ZERO_ERROR;
    return icu::Normalizer2::getNFKCInstance(status);
  }();
  return nfkc;
}

// The ICU transliterators behind the reference fold. Transliterators are not
// safe to share between threads, so each thread builds its own, once.
icu::Transliterator* ThreadTransliterator(bool han) {
  thread_local std::unique_ptr<icu::Transliterator> latin, chinese;
  std::unique_ptr<icu::Transliterator>& t = han ? chinese : latin;
  if (!t) {
    UErrorCode status = U_ZERO_ERROR;
    const char* id =
        han ? "Traditional-Simplified; Han-Latin/Names; Any-Latin; "
              "Latin-ASCII; Lower"
            : "Any-Latin; Latin-ASCII; Lower";
    t.reset(icu::Transliterator::createInstance(icu::UnicodeString(id),
                                                UTRANS_FORWARD, status));
    if (U_FAILURE(status)) t.reset();
  }
  return t.get();
}

// ComposeLatin writes the NFKC form of text made of NFKC-inert code points
// and combining marks (U+0300..U+036F), as a Mac writes Vietnamese (NFD):
// the marks after each starter are put in canonical order, then composed
// onto it as far as UAX #15 allows (ICU's composePair says which pairs
// compose). Returns false, leaving the text to ICU, for anything else or
// for a mark that stays uncomposed.
bool ComposeLatin(std::string_view text, std::string* out) {
  static const icu::Normalizer2* nfc = [] {
    UErrorCode status = U_ZERO_ERROR;
    return icu::Normalizer2::getNFCInstance(status);
  }();
  if (nfc == nullptr) return false;
  out->clear();
  out->reserve(text.size());
  char32_t starter = kInvalidCodePoint;  // the current starter, not yet written
  char32_t marks[8];
  int n = 0;
  auto flush = [&]() -> bool {
    if (starter == kInvalidCodePoint) return n == 0;
    // Canonical order: a stable sort by combining class.
    for (int k = 1; k < n; ++k) {
      for (int j = k; j > 0 && u_getCombiningClass(marks[j - 1]) >
                                   u_getCombiningClass(marks[j]);
           --j) {
        std::swap(marks[j - 1], marks[j]);
      }
    }
    char32_t composed = starter;
    for (int k = 0; k < n; ++k) {
      // Sorted, and every earlier mark composed: nothing blocks this one.
      const UChar32 r = nfc->composePair(static_cast<UChar32>(composed),
                                         static_cast<UChar32>(marks[k]));
      if (r < 0) return false;
      composed = static_cast<char32_t>(r);
    }
    const LatinFoldEntry* e = LatinEntry(composed);
    if (n > 0 && (e == nullptr || !(e->flags & kNfkcInert))) return false;
    AppendUtf8(composed, out);
    starter = kInvalidCodePoint;
    n = 0;
    return true;
  };
  size_t i = 0;
  while (i < text.size()) {
    const char32_t cp = DecodeUtf8(text, &i);
    if (cp == kInvalidCodePoint) return false;
    if (cp >= 0x300 && cp <= 0x36F) {
      if (starter == kInvalidCodePoint || n == 8 ||
          u_getCombiningClass(cp) == 0) {
        return false;
      }
      marks[n++] = cp;
      continue;
    }
    if (!flush()) return false;
    const LatinFoldEntry* e = LatinEntry(cp);
    const bool han =
        (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF);
    if (!han && (e == nullptr || !(e->flags & kNfkcInert))) return false;
    starter = cp;
  }
  return flush();
}

}  // namespace

bool ToNfkc(std::string_view text, std::string* out, size_t* invalid_at) {
  // Fast check: every code point NFKC_QC=Yes with combining class 0 (tables),
  // or a unified ideograph, means the text is already NFKC.
  bool inert = true;
  size_t i = 0;
  while (i < text.size() && inert) {
    const unsigned char b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      ++i;
      continue;
    }
    const char32_t cp = DecodeUtf8(text, &i);
    if (cp == kInvalidCodePoint) {
      *invalid_at = i;
      return false;
    }
    if (const LatinFoldEntry* e = LatinEntry(cp)) {
      inert = (e->flags & kNfkcInert) != 0;
    } else {
      inert = (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF);
    }
  }
  if (inert) {
    out->assign(text.data(), text.size());
    return true;
  }
  // The rest of the text is checked before ICU sees it.
  if (size_t bad = FindInvalidUtf8(text.substr(i));
      bad != std::string_view::npos) {
    *invalid_at = i + bad;
    return false;
  }
  if (ComposeLatin(text, out)) return true;
  out->clear();
  UErrorCode status = U_ZERO_ERROR;
  icu::StringByteSink<std::string> sink(out);
  Nfkc()->normalizeUTF8(0, icu::StringPiece(text.data(), text.size()), sink,
                        nullptr, status);
  if (U_FAILURE(status)) out->assign(text.data(), text.size());
  return true;
}

void ToNfkc(std::string_view text, std::string* out) {
  size_t invalid_at = 0;
  if (!ToNfkc(text, out, &invalid_at)) out->assign(text.data(), text.size());
}

Script FoldToKey(std::string_view text, HanRuns han, std::string* out) {
  const size_t start = out->size();
  bool latin = false, chinese = false, other = false;
  bool fallback = false;
  {
    KeyWriter w(out);
    std::vector<const HanEntry*> run;
    size_t i = 0;
    while (i < text.size()) {
      const unsigned char b = static_cast<unsigned char>(text[i]);
      if (b < 0x80) {
        if (!run.empty()) {
          WriteHanRun(run, han, &w);
          run.clear();
        }
        // A run of ASCII at once.
        size_t j = i;
        while (j < text.size() && static_cast<unsigned char>(text[j]) < 0x80)
          ++j;
        w.Reserve(2 * (j - i));
        for (; i < j; ++i) {
          const unsigned char c = static_cast<unsigned char>(text[i]);
          latin |= ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
          w.Byte(c);
        }
        continue;
      }
      const char32_t cp = DecodeUtf8(text, &i);
      if (cp == kInvalidCodePoint) {
        ++i;  // not reachable for valid input; never loop forever
        w.Reserve(2);
        w.Break();
        continue;
      }
      if (const LatinFoldEntry* e = LatinEntry(cp)) {
        if (e->flags & kTableFold) {
          if (!run.empty()) {
            WriteHanRun(run, han, &w);
            run.clear();
          }
          if (e->flags & kLatinLetter) latin = true;
          w.Text(LatinFold(*e));
          continue;
        }
        // A code point of another script inside the table's range
        // (Greek, Cyrillic ...): ICU folds the whole text.
        other = true;
        fallback = true;
        break;
      }
      if (const HanEntry* e = HanEntryFor(cp)) {
        if (HanReading(e->reading).empty()) {
          fallback = true;
          break;
        }
        chinese = true;
        // The entry's readings are those of its Simplified form already.
        run.push_back(e);
        continue;
      }
      if (cp == 0x3000) {  // ideographic space
        if (!run.empty()) {
          WriteHanRun(run, han, &w);
          run.clear();
        }
        w.Break();
        continue;
      }
      // Anything else (CJK punctuation, Hangul, kana, Thai, Ext-B ideographs):
      // ICU folds the whole text.
      fallback = true;
      if (cp >= 0x20000 && cp <= 0x3FFFF) {
        chinese = true;
      } else if (!(cp >= 0x3000 && cp <= 0x303F)) {
        other = true;
      }
      break;
    }
    if (!fallback && !run.empty()) WriteHanRun(run, han, &w);
  }  // the writer sets the key's final size
  if (fallback) {
    out->resize(start);
    const std::string folded = IcuFoldReference(text);
    {
      KeyWriter w2(out);
      w2.IcuText(folded);
    }
    // Classify the scripts of the whole text for the caller.
    size_t j = 0;
    while (j < text.size()) {
      const char32_t cp = DecodeUtf8(text, &j);
      if (cp == kInvalidCodePoint) break;
      if (const LatinFoldEntry* e = LatinEntry(cp)) {
        if (e->flags & kLatinLetter)
          latin = true;
        else if ((e->flags & kLetter) && !(e->flags & kTableFold))
          other = true;
      } else if (InHanTable(cp) || (cp >= 0x20000 && cp <= 0x3FFFF)) {
        chinese = true;
      } else if (cp > 0x303F && cp != 0xFEFF) {
        other = true;
      }
    }
  }
  const int scripts = int{latin} + int{chinese} + int{other};
  if (scripts == 0) return Script::kEmpty;
  if (scripts > 1) return Script::kMixed;
  if (latin) return Script::kLatin;
  if (chinese) return Script::kHan;
  return Script::kOther;
}

namespace {

// The combining marks Vietnamese decomposes into: grave, acute, circumflex,
// tilde, breve, hook above, horn, dot below.
bool IsVietnameseMark(char32_t cp) {
  return cp == 0x300 || cp == 0x301 || cp == 0x302 || cp == 0x303 ||
         cp == 0x306 || cp == 0x309 || cp == 0x31B || cp == 0x323;
}

// One byte per code point below U+2070: the key byte a letter or digit folds
// to when its fold is that one byte (é → e, Ạ → a, đ → d), with bit 7 set
// for a Latin letter; 0 when the code point takes the general path (a longer
// fold, a symbol, a mark, anything not NFKC-inert); kVietnameseMarkByte for
// the combining marks Vietnamese decomposes into (see FoldLatinKey). Most of
// a Vietnamese name is found here without decoding UTF-8 in general.
struct OneByteFolds {
  uint8_t byte[0x2070];
};
constexpr uint8_t kVietnameseMarkByte = 1;
const OneByteFolds& OneByteFoldTable() {
  static const OneByteFolds* const table = [] {
    auto* t = new OneByteFolds{};
    constexpr uint8_t kNeeded = kNfkcInert | kTableFold;
    for (char32_t cp = 0x80; cp < 0x2070; ++cp) {
      const LatinFoldEntry* e = LatinEntry(cp);
      if ((e->flags & kNeeded) != kNeeded || (e->flags & (kLetter | kDigit)) == 0) {
        continue;
      }
      const std::string_view fold = LatinFold(*e);
      if (fold.size() != 1) continue;
      const unsigned char k = kKeyBytes[static_cast<unsigned char>(fold[0])];
      if (k <= kDrop || k >= 0x80) continue;
      t->byte[cp] = static_cast<uint8_t>(k | ((e->flags & kLatinLetter) ? 0x80 : 0));
    }
    for (char32_t mark = 0x300; mark < 0x370; ++mark) {
      if (IsVietnameseMark(mark)) t->byte[mark] = kVietnameseMarkByte;
    }
    return t;
  }();
  return *table;
}

}  // namespace

bool FoldLatinKey(std::string_view text, std::string* out, bool* latin_out,
                  bool* symbol, KeySpaces* spaces) {
  const OneByteFolds& one = OneByteFoldTable();
  // The longest fold the Latin table holds, per byte of UTF-8 it replaces.
  static const size_t kMaxPerByte = [] {
    size_t m = 1;
    for (char32_t cp = 0x80; cp < 0x2070; ++cp) {
      const LatinFoldEntry* e = LatinEntry(cp);
      const size_t bytes = cp < 0x800 ? 2 : 3;
      if (e->flags & kTableFold)
        m = std::max(m, (e->length + bytes - 1) / bytes);
    }
    return m + 1;  // and a space before each token
  }();
  const size_t start = out->size();
  out->resize(start + text.size() * kMaxPerByte + 1);
  char* const begin = out->data() + start;
  char* p = begin;
  bool pending = false, latin = false, last_was_latin_letter = false;
  char* first_space = nullptr;
  char* last_space = nullptr;
  auto space = [&] {
    if (first_space == nullptr) first_space = p;
    last_space = p;
    *p++ = ' ';
  };
  auto put = [&](unsigned char c) {
    const unsigned char k = kKeyBytes[c];
    if (k > kDrop) {
      if (pending && p != begin) space();
      pending = false;
      *p++ = static_cast<char>(k);
    } else if (k == kSeparator) {
      pending = true;
    }
  };
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    const unsigned char b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      last_was_latin_letter = (b | 0x20) >= 'a' && (b | 0x20) <= 'z';
      latin |= last_was_latin_letter;
      put(b);
      ++i;
      continue;
    }
    // Two-byte sequences (U+0080..U+07FF) and U+1000..U+1FFF (E1 xx xx,
    // where Vietnamese's toned vowels are) through the one-byte table.
    if (b >= 0xC2 && b < 0xE0 && i + 1 < n) {
      const unsigned char b1 = static_cast<unsigned char>(text[i + 1]);
      if ((b1 & 0xC0) == 0x80) {
        const uint8_t v = one.byte[((b & 0x1Fu) << 6) | (b1 & 0x3Fu)];
        if (v == kVietnameseMarkByte) {
          if (last_was_latin_letter) {  // folds to nothing (see below)
            i += 2;
            continue;
          }
        } else if (v != 0) {
          if (pending && p != begin) space();
          pending = false;
          *p++ = static_cast<char>(v & 0x7F);
          last_was_latin_letter = (v & 0x80) != 0;
          latin |= last_was_latin_letter;
          i += 2;
          continue;
        }
      }
    } else if (b == 0xE1 && i + 2 < n) {
      const unsigned char b1 = static_cast<unsigned char>(text[i + 1]);
      const unsigned char b2 = static_cast<unsigned char>(text[i + 2]);
      if ((b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80) {
        const uint8_t v = one.byte[0x1000u | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu)];
        if (v != 0) {
          if (pending && p != begin) space();
          pending = false;
          *p++ = static_cast<char>(v & 0x7F);
          last_was_latin_letter = (v & 0x80) != 0;
          latin |= last_was_latin_letter;
          i += 3;
          continue;
        }
      }
    }
    const char32_t cp = DecodeUtf8(text, &i);
    const LatinFoldEntry* e =
        cp == kInvalidCodePoint ? nullptr : LatinEntry(cp);
    constexpr uint8_t kNeeded = kNfkcInert | kTableFold;
    if (e == nullptr || (e->flags & kNeeded) != kNeeded) {
      // The Vietnamese tone and vowel marks typed decomposed (macOS) after a
      // Latin letter: NFKC would compose them into a letter that folds as
      // its base letter does, so they fold to nothing here.
      if (IsVietnameseMark(cp) && last_was_latin_letter) continue;
      out->resize(start);
      return false;
    }
    last_was_latin_letter = (e->flags & kLatinLetter) != 0;
    if (e->flags & kLatinLetter) latin = true;
    const std::string_view fold = LatinFold(*e);
    if (symbol != nullptr && (e->flags & (kLetter | kDigit)) == 0) {
      for (char c : fold) *symbol |= kKeyBytes[static_cast<unsigned char>(c)] > kDrop;
    }
    for (char c : fold) put(static_cast<unsigned char>(c));
  }
  if (spaces != nullptr) {
    const size_t base = start;
    spaces->first = first_space ? base + static_cast<size_t>(first_space - begin)
                                : std::string::npos;
    spaces->last = last_space ? base + static_cast<size_t>(last_space - begin)
                              : std::string::npos;
  }
  out->resize(start + static_cast<size_t>(p - begin));
  *latin_out = latin;
  return true;
}

std::vector<std::string> SplitTokens(std::string_view key) {
  std::vector<std::string> tokens;
  size_t i = 0;
  while (i < key.size()) {
    size_t j = key.find(' ', i);
    if (j == std::string_view::npos) j = key.size();
    if (j > i) tokens.emplace_back(key.substr(i, j - i));
    i = j + 1;
  }
  return tokens;
}

std::string IcuFoldReference(std::string_view text) {
  bool han = false;
  size_t i = 0;
  while (i < text.size()) {
    const char32_t cp = DecodeUtf8(text, &i);
    if (cp == kInvalidCodePoint) return std::string();
    if (InHanTable(cp) || (cp >= 0x20000 && cp <= 0x3FFFF)) han = true;
  }
  icu::Transliterator* t = ThreadTransliterator(han);
  if (t == nullptr) return std::string();
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  t->transliterate(s);
  std::string out;
  s.toUTF8String(out);
  return out;
}

}  // namespace dqe::internal

#include "src/normalize/text_fold.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <array>
#include <memory>

#include "src/common/utf8.h"
#include "src/normalize/fold_tables.h"

namespace dqe::internal {
namespace {

// What a folded ASCII byte does to a key: becomes part of a token, vanishes
// (apostrophes: O'Neil → oneil), or separates tokens.
enum class ByteRole : uint8_t { kSeparator, kToken, kDrop };

constexpr std::array<ByteRole, 128> MakeByteRoles() {
  std::array<ByteRole, 128> roles{};
  for (int c = 0; c < 128; ++c) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                       (c >= '0' && c <= '9');
    roles[c] = alnum ? ByteRole::kToken : ByteRole::kSeparator;
  }
  roles['\''] = ByteRole::kDrop;
  roles['`'] = ByteRole::kDrop;
  return roles;
}
constexpr std::array<ByteRole, 128> kByteRoles = MakeByteRoles();

// KeyWriter appends folded ASCII to a key, one space between tokens.
class KeyWriter {
 public:
  explicit KeyWriter(std::string* out) : out_(out), start_(out->size()) {}

  void Byte(char c) {
    const unsigned char u = static_cast<unsigned char>(c);
    const ByteRole role = u < 128 ? kByteRoles[u] : ByteRole::kToken;
    if (role == ByteRole::kToken) {
      if (pending_space_) {
        out_->push_back(' ');
        pending_space_ = false;
      }
      out_->push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c);
    } else if (role == ByteRole::kSeparator) {
      Break();
    }
  }
  void Text(std::string_view s) {
    for (char c : s) Byte(c);
  }
  // Break ends the current token (if any).
  void Break() { pending_space_ = out_->size() > start_; }

 private:
  std::string* out_;
  size_t start_;
  bool pending_space_ = false;
};

bool InHanTable(char32_t cp) { return HanEntryFor(cp) != nullptr; }

// Two-character Chinese surnames, Simplified (a fact list).
constexpr char32_t kCompoundSurnames[][2] = {
    {U'欧', U'阳'}, {U'司', U'马'}, {U'诸', U'葛'}, {U'上', U'官'}, {U'东', U'方'},
    {U'皇', U'甫'}, {U'尉', U'迟'}, {U'公', U'孙'}, {U'慕', U'容'}, {U'长', U'孙'},
    {U'宇', U'文'}, {U'司', U'徒'}, {U'夏', U'侯'}, {U'令', U'狐'}, {U'端', U'木'},
    {U'独', U'孤'}, {U'南', U'宫'}, {U'西', U'门'}, {U'轩', U'辕'}, {U'澹', U'台'},
    {U'司', U'空'}, {U'闻', U'人'}, {U'呼', U'延'}, {U'万', U'俟'}, {U'申', U'屠'},
    {U'公', U'羊'}, {U'钟', U'离'}, {U'宗', U'政'}, {U'濮', U'阳'}, {U'淳', U'于'},
    {U'单', U'于'}, {U'太', U'史'}, {U'赫', U'连'}, {U'百', U'里'}, {U'东', U'郭'},
    {U'拓', U'跋'}, {U'左', U'丘'}, {U'鲜', U'于'}, {U'闾', U'丘'}, {U'亓', U'官'},
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
    const char* id = han ? "Traditional-Simplified; Han-Latin/Names; Any-Latin; "
                           "Latin-ASCII; Lower"
                         : "Any-Latin; Latin-ASCII; Lower";
    t.reset(icu::Transliterator::createInstance(icu::UnicodeString(id),
                                                UTRANS_FORWARD, status));
    if (U_FAILURE(status)) t.reset();
  }
  return t.get();
}

}  // namespace

void ToNfkc(std::string_view text, std::string* out) {
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
      inert = false;
      break;
    }
    if (const LatinFoldEntry* e = LatinEntry(cp)) {
      inert = (e->flags & kNfkcInert) != 0;
    } else {
      inert = (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF);
    }
  }
  if (inert) {
    out->assign(text.data(), text.size());
    return;
  }
  out->clear();
  UErrorCode status = U_ZERO_ERROR;
  icu::StringByteSink<std::string> sink(out);
  Nfkc()->normalizeUTF8(0, icu::StringPiece(text.data(), text.size()), sink,
                        nullptr, status);
  if (U_FAILURE(status)) out->assign(text.data(), text.size());
}

Script FoldToKey(std::string_view text, HanRuns han, std::string* out) {
  const size_t start = out->size();
  KeyWriter w(out);
  bool latin = false, chinese = false, other = false;
  bool fallback = false;
  std::vector<const HanEntry*> run;
  size_t i = 0;
  while (i < text.size()) {
    const unsigned char b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      if (!run.empty()) {
        WriteHanRun(run, han, &w);
        run.clear();
      }
      if ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') latin = true;
      w.Byte(static_cast<char>(b));
      ++i;
      continue;
    }
    const char32_t cp = DecodeUtf8(text, &i);
    if (cp == kInvalidCodePoint) {
      ++i;  // not reachable for valid input; never loop forever
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
  if (fallback) {
    out->resize(start);
    const std::string folded = IcuFoldReference(text);
    KeyWriter w2(out);
    for (char c : folded) w2.Byte(c);
    // Classify the scripts of the whole text for the caller.
    size_t j = 0;
    while (j < text.size()) {
      const char32_t cp = DecodeUtf8(text, &j);
      if (cp == kInvalidCodePoint) break;
      if (const LatinFoldEntry* e = LatinEntry(cp)) {
        if (e->flags & kLatinLetter) latin = true;
        else if ((e->flags & kLetter) && !(e->flags & kTableFold)) other = true;
      } else if (InHanTable(cp) || (cp >= 0x20000 && cp <= 0x3FFFF)) {
        chinese = true;
      } else if (cp > 0x303F && cp != 0xFEFF) {
        other = true;
      }
    }
  } else if (!run.empty()) {
    WriteHanRun(run, han, &w);
  }
  const int scripts = int{latin} + int{chinese} + int{other};
  if (scripts == 0) return Script::kEmpty;
  if (scripts > 1) return Script::kMixed;
  if (latin) return Script::kLatin;
  if (chinese) return Script::kHan;
  return Script::kOther;
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

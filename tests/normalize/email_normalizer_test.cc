#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "dqe/normalize.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace dqe {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;

struct ValidCase {
  std::string_view input;
  std::string_view normalized;
  std::string_view key;
  std::string_view local;
  std::string_view domain;
};

// Expected values worked out by hand; Punycode labels checked with Python's
// RFC 3492 codec ('công-ty'.encode('punycode') == b'cng-ty-ixa').
const ValidCase kValid[] = {
    // The design's example: spaces, Mailto:, a +tag and googlemail.
    {"  Mailto:Nguyen.Van.An+crm@GoogleMail.com",
     "nguyen.van.an+crm@googlemail.com", "nguyenvanan@gmail.com",
     "nguyen.van.an+crm", "googlemail.com"},
    {"MAILTO:an@minhphat.vn", "an@minhphat.vn", "an@minhphat.vn", "an",
     "minhphat.vn"},
    {"mailto:an@minhphat.vn?subject=Bao%20gia", "an@minhphat.vn",
     "an@minhphat.vn", "an", "minhphat.vn"},
    {"N.G.U.Y.E.N@gmail.com", "n.g.u.y.e.n@gmail.com", "nguyen@gmail.com",
     "n.g.u.y.e.n", "gmail.com"},
    // Fullwidth, as an IME types it: ＠ and ． are NFKC-mapped.
    {"ＮＧＵＹＥＮ＠ＧＭＡＩＬ．ＣＯＭ", "nguyen@gmail.com", "nguyen@gmail.com",
     "nguyen", "gmail.com"},
    // Internationalised address: the local part stays Unicode (lower case),
    // the domain goes to Punycode.
    {"nguyễn@công-ty.vn", "nguyễn@xn--cng-ty-ixa.vn",
     "nguyễn@xn--cng-ty-ixa.vn", "nguyễn", "xn--cng-ty-ixa.vn"},
    {"NGUYỄN@CÔNG-TY.VN", "nguyễn@xn--cng-ty-ixa.vn",
     "nguyễn@xn--cng-ty-ixa.vn", "nguyễn", "xn--cng-ty-ixa.vn"},
    // NFD input (a Mac) is composed by NFKC before anything else.
    {"nguye\xCC\x82\xCC\x83n@co\xCC\x82ng-ty.vn", "nguyễn@xn--cng-ty-ixa.vn",
     "nguyễn@xn--cng-ty-ixa.vn", "nguyễn", "xn--cng-ty-ixa.vn"},
    {"info@Bücher.de", "info@xn--bcher-kva.de", "info@xn--bcher-kva.de", "info",
     "xn--bcher-kva.de"},
    {"zhang@例子。中国", "zhang@xn--fsqu00a.xn--fiqs8s",
     "zhang@xn--fsqu00a.xn--fiqs8s", "zhang", "xn--fsqu00a.xn--fiqs8s"},
    // Ideographic full stop typed with a Chinese IME in an ASCII domain.
    {"wang@gmail。com", "wang@gmail.com", "wang@gmail.com", "wang",
     "gmail.com"},
    // Already-Punycode domains pass IDNA's check unchanged.
    {"an@XN--CNG-TY-IXA.VN", "an@xn--cng-ty-ixa.vn", "an@xn--cng-ty-ixa.vn",
     "an", "xn--cng-ty-ixa.vn"},
    // Outlook family: +tag dropped, dots kept.
    {"An.Nguyen+Sales@Outlook.com", "an.nguyen+sales@outlook.com",
     "an.nguyen@outlook.com", "an.nguyen+sales", "outlook.com"},
    {"an+x@hotmail.com", "an+x@hotmail.com", "an@hotmail.com", "an+x",
     "hotmail.com"},
    {"a.n+1@live.com", "a.n+1@live.com", "a.n@live.com", "a.n+1", "live.com"},
    // Other providers: the key is the normalized address.
    {"an+tag@yahoo.com", "an+tag@yahoo.com", "an+tag@yahoo.com", "an+tag",
     "yahoo.com"},
    {"zhang.wei@163.com", "zhang.wei@163.com", "zhang.wei@163.com", "zhang.wei",
     "163.com"},
    {"O'Neil@example.ie", "o'neil@example.ie", "o'neil@example.ie", "o'neil",
     "example.ie"},
    {"tran_thi-b@mail.hcm.edu.vn", "tran_thi-b@mail.hcm.edu.vn",
     "tran_thi-b@mail.hcm.edu.vn", "tran_thi-b", "mail.hcm.edu.vn"},
    // Copy-paste debris at the edges: BOM, zero-width space, NBSP, tab.
    {"\xEF\xBB\xBF"
     "an@x.com",
     "an@x.com", "an@x.com", "an", "x.com"},
    {"an@x.com\xE2\x80\x8B", "an@x.com", "an@x.com", "an", "x.com"},
    {"\xC2\xA0\tan@x.com \xE3\x80\x80", "an@x.com", "an@x.com", "an", "x.com"},
    // "+tag@gmail.com" has no mailbox before the tag: kept whole.
    {"+crm@gmail.com", "+crm@gmail.com", "+crm@gmail.com", "+crm", "gmail.com"},
};

TEST(NormalizeEmailTest, ValidAddresses) {
  for (const ValidCase& c : kValid) {
    SCOPED_TRACE(c.input);
    const NormalizedEmail e = NormalizeEmail(c.input);
    EXPECT_TRUE(e.valid) << e.reason;
    EXPECT_EQ(e.reason, "");
    EXPECT_EQ(e.normalized, c.normalized);
    EXPECT_EQ(e.key, c.key);
    EXPECT_EQ(e.local, c.local);
    EXPECT_EQ(e.domain, c.domain);
  }
}

struct InvalidCase {
  std::string_view input;
  std::string_view reason_has;
};

const InvalidCase kInvalid[] = {
    {"", "empty"},
    {"   ", "empty"},
    {"Mailto:", "empty"},
    {"a@b", "no top-level domain"},
    {"a..b@x.com", "two dots in a row in the local part"},
    {".an@x.com", "local part starts with a dot"},
    {"an.@x.com", "local part ends with a dot"},
    {"@x.com", "nothing before the @"},
    {"an@", "nothing after the @"},
    {"a@x..com", "empty label"},
    {"an@x.com.", "empty label"},
    {"nguyen van an@gmail.com", "contains a space"},
    {"an@gmail .com", "contains a space"},
    {"an@bü cher.de", "contains a space"},
    {"a@b@c.com", "more than one @"},
    {"an＠x＠y.com", "more than one @"},
    {"nguyenvanan.gmail.com", "no @"},
    {"0912345678", "no @"},
    {"an@-x.com", "starts or ends with a hyphen"},
    {"an@x-.com", "starts or ends with a hyphen"},
    {"an@x_y.com", "'_' is not allowed in the domain"},
    {"an@x.com;", "';' is not allowed in the domain"},
    {"an@x.com, bich@y.com", "more than one @"},
    {"an@x,com", "',' is not allowed in the domain"},
    {"an(work)@x.com", "'(' is not allowed in the local part"},
    {"\"an\"@x.com", "'\"' is not allowed in the local part"},
    {"an\x01@x.com", "U+0001 is not allowed in the local part"},
    {"an@x.c", "top-level domain 'c' is not valid"},
    {"an@192.168.1.1", "top-level domain '1' is not valid"},
    {"an@[192.168.1.1]", "'[' is not allowed in the domain"},
    {"an。b@x.com", "'。' is not allowed in the local part"},
    {"an@ví_dụ.vn", "domain has a character not allowed"},
    // ASCII, but not Punycode that decodes: IDNA checks xn-- labels.
    {"an@xn--a.com", "invalid Punycode (xn--) label"},
    {"an@x.com\xFF", "invalid UTF-8 at byte 8"},
    {"\xC3(@x.com", "invalid UTF-8 at byte 0"},
};

TEST(NormalizeEmailTest, InvalidAddressesNameTheProblem) {
  for (const InvalidCase& c : kInvalid) {
    SCOPED_TRACE(c.input);
    const NormalizedEmail e = NormalizeEmail(c.input);
    EXPECT_FALSE(e.valid);
    EXPECT_THAT(e.reason, HasSubstr(c.reason_has));
    EXPECT_THAT(e.key, IsEmpty());
  }
}

TEST(NormalizeEmailTest, LengthLimits) {
  EXPECT_TRUE(NormalizeEmail(std::string(64, 'a') + "@x.com").valid);
  EXPECT_EQ(NormalizeEmail(std::string(65, 'a') + "@x.com").reason,
            "local part longer than 64 bytes");
  const std::string label(63, 'b');
  EXPECT_TRUE(NormalizeEmail("an@" + label + ".com").valid);
  EXPECT_THAT(NormalizeEmail("an@" + label + "b.com").reason,
              HasSubstr("longer than 63"));
  std::string long_domain;
  for (int i = 0; i < 4; ++i) long_domain += label + ".";
  long_domain += "com";  // 4 * 64 + 3 = 259 bytes
  EXPECT_EQ(NormalizeEmail("an@" + long_domain).reason,
            "domain longer than 253 bytes");
}

TEST(NormalizeEmailTest, InvalidAddressKeepsWhatWasRead) {
  const NormalizedEmail e = NormalizeEmail("  Nguyen Van An@GMAIL.com ");
  EXPECT_FALSE(e.valid);
  EXPECT_EQ(e.normalized, "nguyen van an@gmail.com");
  EXPECT_EQ(e.local, "nguyen van an");
  EXPECT_EQ(e.domain, "gmail.com");
}

TEST(NormalizeEmailTest, ProviderRulesCanBeSwitchedOff) {
  EmailOptions options;
  options.provider_rules = false;
  const NormalizedEmail e =
      NormalizeEmail("Nguyen.Van.An+crm@GoogleMail.com", options);
  EXPECT_TRUE(e.valid);
  EXPECT_EQ(e.key, "nguyen.van.an+crm@googlemail.com");
}

TEST(NormalizeEmailTest, RoleAccounts) {
  const std::string_view kRoles[] = {
      "info@minhphat.com.vn", "Sales@abc.vn",     "admin@abc.vn",
      "support+vn@abc.com",   "contact@abc.com",  "hr@abc.com",
      "billing@abc.com",      "accounts@abc.com", "noreply@abc.com",
      "no-reply@abc.com",     "no_reply@abc.com", "lienhe@abc.vn",
      "ketoan@abc.vn",        "kinhdoanh@abc.vn", "sales01@abc.vn",
      "kefu@abc.cn",          "cskh@abc.vn",      "hotro@abc.vn",
  };
  for (std::string_view address : kRoles) {
    SCOPED_TRACE(address);
    const NormalizedEmail e = NormalizeEmail(address);
    EXPECT_TRUE(e.valid);
    EXPECT_TRUE(e.role_account);
    ASSERT_EQ(e.warnings.size(), 1u);
    EXPECT_THAT(e.warnings[0], HasSubstr("role account"));
  }
  const std::string_view kPeople[] = {
      "an.info@abc.vn",        "infor@abc.vn",         "hrm.nguyen@abc.vn",
      "salesman@abc.vn",       "nguyen.van.an@abc.vn", "hoa@abc.vn",
      "kim.ketoan.hcm@abc.vn",
  };
  for (std::string_view address : kPeople) {
    SCOPED_TRACE(address);
    const NormalizedEmail e = NormalizeEmail(address);
    EXPECT_TRUE(e.valid);
    EXPECT_FALSE(e.role_account);
    EXPECT_THAT(e.warnings, IsEmpty());
  }
}

struct TypoCase {
  std::string_view domain;
  std::string_view suggestion;
};

// The issue's typos, and others of the same kinds (one insertion, deletion,
// substitution or swap) that nobody listed.
const TypoCase kTypos[] = {
    {"gmial.com", "gmail.com"},
    {"gmai.com", "gmail.com"},
    {"gmail.con", "gmail.com"},
    {"gmail.co", "gmail.com"},
    {"gamil.com", "gmail.com"},
    {"gmaill.com", "gmail.com"},
    {"gnail.com", "gmail.com"},
    {"gmail.cm", "gmail.com"},
    {"gmial.con", "gmail.com"},
    {"yaho.com", "yahoo.com"},
    {"yahooo.com", "yahoo.com"},
    {"yhaoo.com", "yahoo.com"},
    {"yahoo.com.vm", "yahoo.com.vn"},
    {"yaho.com.vn", "yahoo.com.vn"},
    {"hotmial.com", "hotmail.com"},
    {"hotmai.com", "hotmail.com"},
    {"outlok.com", "outlook.com"},
    {"outloook.com", "outlook.com"},
    {"iclod.com", "icloud.com"},
    {"foxmial.com", "foxmail.com"},
    {"qq.con", "qq.com"},
    {"163.cm", "163.com"},
    {"126.comm", "126.com"},
    {"sina.con", "sina.com"},
    {"fpt.vm", "fpt.vn"},
    {"vnn.com.vn", ""},
};

TEST(NormalizeEmailTest, MailProvidersAreTold) {
  // Private mailboxes: the public providers of Vietnam, China, Taiwan and
  // the West, their aliases, and likely typos of them.
  for (std::string_view address :
       {"an.nguyen@gmail.com", "An.Nguyen@GoogleMail.com", "an@yahoo.com.vn",
        "wei@qq.com", "wei@163.com", "mei@yahoo.com.tw", "an@hotmail.com",
        "an@outlook.com", "an@icloud.com", "an@gmial.com", "an@yaho.com"}) {
    SCOPED_TRACE(address);
    const NormalizedEmail e = NormalizeEmail(address);
    EXPECT_TRUE(e.valid);
    EXPECT_TRUE(e.mail_provider);
  }
  // An organisation's own domain is a work address.
  for (std::string_view address :
       {"an.nt@minhphat.vn", "wei.zhang@huaxin.com.cn", "j.smith@acme.com",
        "an@gmail.com.vn.example.org", "an@mygmail.company"}) {
    SCOPED_TRACE(address);
    const NormalizedEmail e = NormalizeEmail(address);
    EXPECT_TRUE(e.valid);
    EXPECT_FALSE(e.mail_provider);
  }
  EXPECT_FALSE(NormalizeEmail("not an address").mail_provider);
}

TEST(NormalizeEmailTest, LikelyTypoDomainsAreSuggestedNeverApplied) {
  for (const TypoCase& c : kTypos) {
    SCOPED_TRACE(c.domain);
    const std::string address = "nguyen.an@" + std::string(c.domain);
    const NormalizedEmail e = NormalizeEmail(address);
    EXPECT_TRUE(e.valid) << e.reason;
    EXPECT_EQ(e.suggested_domain, c.suggestion);
    EXPECT_EQ(e.normalized, address);
    EXPECT_EQ(e.domain, c.domain);
    if (c.suggestion.empty()) {
      EXPECT_THAT(e.warnings, IsEmpty());
    } else {
      ASSERT_EQ(e.warnings.size(), 1u);
      EXPECT_THAT(e.warnings[0], HasSubstr(std::string(c.suggestion)));
    }
  }
}

TEST(NormalizeEmailTest, RealDomainsAreNotTakenForTypos) {
  const std::string_view kReal[] = {
      "gmail.com",      "gmx.com",   "gmx.de",      "ymail.com",
      "mail.com",       "email.com", "me.com",      "aol.com",
      "live.com",       "126.com",   "139.com",     "163.net",
      "sina.com.cn",    "sina.cn",   "yahoo.co.jp", "hotmail.co.uk",
      "fpt.com.vn",     "vnn.vn",    "cloud.com",   "minhphat.com.vn",
      "gmail.com.vn",   "qqq.com",   "vng.com.vn",  "yahoo.com.vn",
      "mail.gmail.com", "tiki.vn",   "fpt.edu.vn",  "hust.edu.vn",
  };
  for (std::string_view domain : kReal) {
    SCOPED_TRACE(domain);
    const NormalizedEmail e = NormalizeEmail("an@" + std::string(domain));
    EXPECT_TRUE(e.valid) << e.reason;
    EXPECT_EQ(e.suggested_domain, "");
    EXPECT_THAT(e.warnings, IsEmpty());
  }
}

TEST(NormalizeEmailTest, RoleAccountAtTypoDomainWarnsTwice) {
  const NormalizedEmail e = NormalizeEmail("Info@Gmial.com");
  EXPECT_TRUE(e.valid);
  EXPECT_TRUE(e.role_account);
  EXPECT_EQ(e.suggested_domain, "gmail.com");
  EXPECT_EQ(e.warnings.size(), 2u);
}

TEST(NormalizeEmailTest, ColumnMatchesCellByCell) {
  const std::vector<std::string_view> cells = {
      "an@x.com", "", "Mailto:Nguyen.Van.An+crm@GoogleMail.com", "a@b",
      "info@gmial.com"};
  const std::vector<NormalizedEmail> column = NormalizeEmailColumn(cells);
  ASSERT_EQ(column.size(), cells.size());
  for (size_t i = 0; i < cells.size(); ++i) {
    SCOPED_TRACE(cells[i]);
    const NormalizedEmail one = NormalizeEmail(cells[i]);
    EXPECT_EQ(column[i].valid, one.valid);
    EXPECT_EQ(column[i].reason, one.reason);
    EXPECT_EQ(column[i].normalized, one.normalized);
    EXPECT_EQ(column[i].key, one.key);
    EXPECT_EQ(column[i].warnings, one.warnings);
  }
}

// Any byte string: no crash, and a valid result is consistent with itself.
TEST(NormalizeEmailTest, AnyBytesGiveAConsistentResult) {
  std::mt19937 rng(20240611);
  const std::string_view kSeeds[] = {
      "Nguyen.Van.An+crm@GoogleMail.com", "nguyễn@công-ty.vn", "an@例子。中国",
      "ＮＧＵＹＥＮ＠ＧＭＡＩＬ．ＣＯＭ", "info@gmial.con",    "a@b"};
  const char kAlphabet[] = "@.+-_ aZ9\x80\xC3\xA1\xE3\x80\x82\xEF\xBC\xA0\xFF";
  for (int iter = 0; iter < 20000; ++iter) {
    std::string s(kSeeds[iter % std::size(kSeeds)]);
    const int edits = 1 + static_cast<int>(rng() % 4);
    for (int k = 0; k < edits; ++k) {
      const size_t pos = s.empty() ? 0 : rng() % (s.size() + 1);
      const char c = kAlphabet[rng() % (sizeof(kAlphabet) - 1)];
      switch (rng() % 3) {
        case 0:
          s.insert(s.begin() + pos, c);
          break;
        case 1:
          if (pos < s.size()) s.erase(pos, 1);
          break;
        default:
          if (pos < s.size()) s[pos] = c;
          break;
      }
    }
    const NormalizedEmail e = NormalizeEmail(s);
    if (e.valid) {
      EXPECT_EQ(e.normalized, e.local + "@" + e.domain) << s;
      EXPECT_FALSE(e.key.empty()) << s;
      for (char c : e.domain) {
        EXPECT_TRUE((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                    c == '-' || c == '.')
            << s;
      }
    } else {
      EXPECT_FALSE(e.reason.empty()) << s;
    }
  }
}

}  // namespace
}  // namespace dqe

// Conformance of the strict UAX #29 mode with Unicode 15.0: every case of
// WordBreakTest.txt and SentenceBreakTest.txt (Debian package unicode-data),
// compared as UTF-8 byte offsets.
#include <cstdint>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/str_format.h"
#include "gtest/gtest.h"
#include "tokenizer/uax29.h"

namespace sayso::internal {
namespace {

constexpr char kUnicodeAuxDir[] = "/usr/share/unicode/auxiliary/";

void AppendUtf8(char32_t c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

// One test line: "÷ 0041 × 0308 ÷ 0020 ÷	# comment".
struct BreakCase {
  int line = 0;
  std::string text;                // UTF-8
  std::vector<uint32_t> expected;  // boundaries as byte offsets
  std::string source;              // the line without its comment
};

// Parses one line; returns false for comments and blank lines. Sets *error
// for a malformed line.
bool ParseLine(std::string_view line, BreakCase* out, std::string* error) {
  size_t hash = line.find('#');
  std::string_view body = line.substr(0, hash);
  out->source = std::string(body);
  out->text.clear();
  out->expected.clear();
  size_t pos = 0;
  bool any = false;
  const std::string_view kBreak = "\xC3\xB7";    // ÷ U+00F7
  const std::string_view kNoBreak = "\xC3\x97";  // × U+00D7
  while (pos < body.size()) {
    char c = body[pos];
    if (c == ' ' || c == '\t' || c == '\r') {
      ++pos;
    } else if (body.substr(pos, 2) == kBreak) {
      out->expected.push_back(static_cast<uint32_t>(out->text.size()));
      pos += 2;
      any = true;
    } else if (body.substr(pos, 2) == kNoBreak) {
      pos += 2;
      any = true;
    } else if (std::isxdigit(static_cast<unsigned char>(c))) {
      size_t end = pos;
      while (end < body.size() &&
             std::isxdigit(static_cast<unsigned char>(body[end]))) {
        ++end;
      }
      AppendUtf8(static_cast<char32_t>(std::stoul(
                     std::string(body.substr(pos, end - pos)), nullptr, 16)),
                 &out->text);
      pos = end;
    } else {
      *error = absl::StrFormat("unexpected character at column %d", pos);
      return false;
    }
  }
  return any;
}

// The cases of one test file; empty (and *missing set) if it is absent.
std::vector<BreakCase> ReadCases(const std::string& path, bool* missing) {
  std::vector<BreakCase> cases;
  std::ifstream in(path);
  *missing = !in;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    BreakCase c;
    std::string error;
    if (ParseLine(line, &c, &error)) {
      c.line = number;
      cases.push_back(std::move(c));
    } else if (!error.empty()) {
      ADD_FAILURE() << path << ":" << number << ": " << error;
    }
  }
  return cases;
}

std::string Join(const std::vector<uint32_t>& v) {
  std::string s;
  for (uint32_t x : v)
    absl::StrAppendFormat(&s, "%s%d", s.empty() ? "" : " ", x);
  return s;
}

using BoundaryFn = absl::StatusOr<std::vector<uint32_t>> (*)(std::string_view);

// Runs every case; returns the number that pass and reports each failure
// with its line number.
int RunConformance(const std::string& file, BoundaryFn boundaries, int* total) {
  bool missing = false;
  std::vector<BreakCase> cases = ReadCases(kUnicodeAuxDir + file, &missing);
  *total = static_cast<int>(cases.size());
  if (missing) return -1;
  int passed = 0;
  for (const BreakCase& c : cases) {
    absl::StatusOr<std::vector<uint32_t>> got = boundaries(c.text);
    if (!got.ok()) {
      ADD_FAILURE() << file << ":" << c.line << ": " << got.status();
      continue;
    }
    if (*got == c.expected) {
      ++passed;
    } else {
      ADD_FAILURE() << file << ":" << c.line << ": " << c.source
                    << "\n  expected byte boundaries: " << Join(c.expected)
                    << "\n  got:                      " << Join(*got);
    }
  }
  return passed;
}

TEST(Uax29ConformanceTest, WordBreakTest) {
  int total = 0;
  int passed =
      RunConformance("WordBreakTest.txt", &Uax29WordBoundaries, &total);
  if (passed < 0) {
    GTEST_SKIP() << kUnicodeAuxDir
                 << "WordBreakTest.txt not found: install the Debian package "
                    "unicode-data to run the UAX #29 conformance tests";
  }
  // Unicode 15.0's file has 1,823 cases; a different count means another
  // Unicode version is installed.
  EXPECT_EQ(total, 1823);
  EXPECT_EQ(passed, total);
  std::printf("WordBreakTest.txt: %d/%d cases pass\n", passed, total);
}

TEST(Uax29ConformanceTest, SentenceBreakTest) {
  int total = 0;
  int passed =
      RunConformance("SentenceBreakTest.txt", &Uax29SentenceBoundaries, &total);
  if (passed < 0) {
    GTEST_SKIP() << kUnicodeAuxDir
                 << "SentenceBreakTest.txt not found: install the Debian "
                    "package unicode-data to run the UAX #29 conformance tests";
  }
  EXPECT_EQ(total, 502);
  EXPECT_EQ(passed, total);
  std::printf("SentenceBreakTest.txt: %d/%d cases pass\n", passed, total);
}

// The parser itself, on a line whose answer is worked out by hand:
// "÷ 0041 × 0308 ÷ 0020 ÷" is A + U+0308 (2 bytes) + space -> {0, 3, 4}.
TEST(Uax29ConformanceTest, ParserReadsBoundariesAsByteOffsets) {
  BreakCase c;
  std::string error;
  ASSERT_TRUE(ParseLine(
      "\xC3\xB7 0041 \xC3\x97 0308 \xC3\xB7 0020 \xC3\xB7\t# A, diaeresis", &c,
      &error));
  EXPECT_EQ(c.text, "A\xCC\x88 ");
  EXPECT_EQ(c.expected, (std::vector<uint32_t>{0, 3, 4}));
  EXPECT_FALSE(ParseLine("# only a comment", &c, &error));
  EXPECT_TRUE(error.empty());
}

TEST(Uax29BoundariesTest, EmptyTextHasOneBoundary) {
  EXPECT_EQ(*Uax29WordBoundaries(""), (std::vector<uint32_t>{0}));
  EXPECT_EQ(*Uax29SentenceBoundaries(""), (std::vector<uint32_t>{0}));
}

// The one place the strict rules differ from ICU's (CLDR-tailored) default:
// ":" between letters is MidLetter in UAX #29 15.0.
TEST(Uax29BoundariesTest, ColonBetweenLettersDoesNotBreak) {
  EXPECT_EQ(*Uax29WordBoundaries("a:b c"), (std::vector<uint32_t>{0, 3, 4, 5}));
  EXPECT_EQ(*Uax29WordBoundaries("a: b"),
            (std::vector<uint32_t>{0, 1, 2, 3, 4}));
}

// ICU adds "@" to ALetter; UAX #29 does not.
TEST(Uax29BoundariesTest, AtSignIsNotALetter) {
  EXPECT_EQ(*Uax29WordBoundaries("a@b"), (std::vector<uint32_t>{0, 1, 2, 3}));
}

TEST(Uax29BoundariesTest, HeaderExample) {
  EXPECT_EQ(*Uax29WordBoundaries("can't a:b"),
            (std::vector<uint32_t>{0, 5, 6, 9}));
}

TEST(Uax29BoundariesTest, OffsetsAreUtf8Bytes) {
  // "Київ, 𝐀b" : К и ї в are 2 bytes each; U+1D400 is 4 bytes (ALetter).
  EXPECT_EQ(*Uax29WordBoundaries("\xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2, "
                                 "\xF0\x9D\x90\x80"
                                 "b"),
            (std::vector<uint32_t>{0, 8, 9, 10, 15}));
}

TEST(Uax29BoundariesTest, NoDictionaryForIdeographs) {
  // UAX #29 itself breaks between ideographs (no dictionary): 中 文 = 3+3.
  EXPECT_EQ(*Uax29WordBoundaries("\xE4\xB8\xAD\xE6\x96\x87"),
            (std::vector<uint32_t>{0, 3, 6}));
}

}  // namespace
}  // namespace sayso::internal

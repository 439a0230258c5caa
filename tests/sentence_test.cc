// Tests for the news-mode sentence and paragraph splitter (sayso/tokenizer.h):
// the "Golden Rules" kinds of cases public sentence-boundary test sets are
// made of, news and biomedical cases, and invariants over the shared corpora.
#include <string>
#include <vector>

#include "document_invariants.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "sayso/normalize.h"
#include "sayso/tokenizer.h"
#include "test_util.h"

namespace sayso {
namespace {

using ::sayso::testing::SentenceTexts;
using ::testing::ElementsAre;

const Tokenizer& News() {
  static const Tokenizer* tokenizer = [] {
    absl::StatusOr<Tokenizer> t = Tokenizer::Create({});
    EXPECT_TRUE(t.ok()) << t.status();
    return new Tokenizer(std::move(*t));
  }();
  return *tokenizer;
}

std::vector<std::string> Sentences(const std::string& text) {
  Document doc(text);
  absl::Status s = News().Process(doc);
  EXPECT_TRUE(s.ok()) << s;
  return SentenceTexts(doc);
}

struct SplitCase {
  const char* text;
  std::vector<std::string> sentences;
};

// The English "Golden Rules" (pySBD), expected splits written by hand.
const SplitCase kGoldenRules[] = {
    {"Hello World. My name is Jonas.", {"Hello World.", "My name is Jonas."}},
    {"What is your name? My name is Jonas.",
     {"What is your name?", "My name is Jonas."}},
    {"There it is! I found it.", {"There it is!", "I found it."}},
    {"My name is Jonas E. Smith.", {"My name is Jonas E. Smith."}},
    {"Please turn to p. 55.", {"Please turn to p. 55."}},
    {"Were Jane and co. at the party?", {"Were Jane and co. at the party?"}},
    {"They closed the deal with Pitt, Briggs & Co. at noon.",
     {"They closed the deal with Pitt, Briggs & Co. at noon."}},
    {"Let's ask Jane and co. They should know.",
     {"Let's ask Jane and co.", "They should know."}},
    {"They closed the deal with Pitt, Briggs & Co. It closed yesterday.",
     {"They closed the deal with Pitt, Briggs & Co.", "It closed yesterday."}},
    {"I can see Mt. Fuji from here.", {"I can see Mt. Fuji from here."}},
    {"St. Michael's Church is on 5th st. near the light.",
     {"St. Michael's Church is on 5th st. near the light."}},
    {"That is JFK Jr.'s book.", {"That is JFK Jr.'s book."}},
    {"I visited the U.S.A. last year.", {"I visited the U.S.A. last year."}},
    {"I live in the E.U. How about you?",
     {"I live in the E.U.", "How about you?"}},
    {"I live in the U.S. How about you?",
     {"I live in the U.S.", "How about you?"}},
    {"I work for the U.S. Government in Virginia.",
     {"I work for the U.S. Government in Virginia."}},
    {"I have lived in the U.S. for 20 years.",
     {"I have lived in the U.S. for 20 years."}},
    {"At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. "
     "Smith then went to the store.",
     {"At 5 a.m. Mr. Smith went to the bank.", "He left the bank at 6 P.M.",
      "Mr. Smith then went to the store."}},
    {"She has $100.00 in her bag.", {"She has $100.00 in her bag."}},
    {"She has $100.00. It is in her bag.",
     {"She has $100.00.", "It is in her bag."}},
    {"He teaches science (He previously worked for 5 years as an engineer.) at "
     "the local University.",
     {"He teaches science (He previously worked for 5 years as an engineer.) "
      "at the local University."}},
    {"Her email is Jane.Doe@example.com. I sent her an email.",
     {"Her email is Jane.Doe@example.com.", "I sent her an email."}},
    {"The site is: https://www.example.50.com/new-site/awesome_content.html. "
     "Please check it out.",
     {"The site is: https://www.example.50.com/new-site/awesome_content.html.",
      "Please check it out."}},
    {"She turned to him, 'This is great.' she said.",
     {"She turned to him, 'This is great.' she said."}},
    {"She turned to him, \"This is great.\" she said.",
     {"She turned to him, \"This is great.\" she said."}},
    {"She turned to him, \"This is great.\" She held the book out to show him.",
     {"She turned to him, \"This is great.\"",
      "She held the book out to show him."}},
    {"Hello!! Long time no see.", {"Hello!!", "Long time no see."}},
    {"Hello?? Who is there?", {"Hello??", "Who is there?"}},
    {"Hello!? Is that you?", {"Hello!?", "Is that you?"}},
    {"Hello?! Is that you?", {"Hello?!", "Is that you?"}},
    {"1.) The first item 2.) The second item",
     {"1.) The first item", "2.) The second item"}},
    {"1.) The first item. 2.) The second item.",
     {"1.) The first item.", "2.) The second item."}},
    {"1) The first item 2) The second item",
     {"1) The first item", "2) The second item"}},
    {"1) The first item. 2) The second item.",
     {"1) The first item.", "2) The second item."}},
    {"1. The first item 2. The second item",
     {"1. The first item", "2. The second item"}},
    {"1. The first item. 2. The second item.",
     {"1. The first item.", "2. The second item."}},
    {"• 9. The first item • 10. The second item",
     {"• 9. The first item", "• 10. The second item"}},
    {"⁃9. The first item ⁃10. The second item",
     {"⁃9. The first item", "⁃10. The second item"}},
    {"a. The first item b. The second item c. The third list item",
     {"a. The first item", "b. The second item", "c. The third list item"}},
    {"This is a sentence\ncut off in the middle because pdf.",
     {"This is a sentence\ncut off in the middle because pdf."}},
    {"It was a cold \nnight in the city.",
     {"It was a cold \nnight in the city."}},
    {"features\ncontact manager\nevents, activities\n",
     {"features", "contact manager", "events, activities"}},
    {"You can find it at N°. 1026.253.553. That is where the treasure is.",
     {"You can find it at N°. 1026.253.553.",
      "That is where the treasure is."}},
    {"She works at Yahoo! in the accounting department.",
     {"She works at Yahoo! in the accounting department."}},
    {"We make a good team, you and I. Did you see Albert I. Jones yesterday?",
     {"We make a good team, you and I.",
      "Did you see Albert I. Jones yesterday?"}},
    {"Thoreau argues that by simplifying one’s life, “the laws of the universe "
     "will appear less complex. . . .”",
     {"Thoreau argues that by simplifying one’s life, “the laws of the "
      "universe will appear less complex. . . .”"}},
    {"\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55).",
     {"\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith "
      "55)."}},
    {"If words are left off at the end of a sentence, and that is all that is "
     "omitted, indicate the omission with ellipsis marks (preceded and "
     "followed by a space) and then indicate the end of the sentence with a "
     "period . . . . Next sentence.",
     {"If words are left off at the end of a sentence, and that is all that is "
      "omitted, indicate the omission with ellipsis marks (preceded and "
      "followed by a space) and then indicate the end of the sentence with a "
      "period . . . .",
      "Next sentence."}},
    {"I never meant that.... She left the store.",
     {"I never meant that....", "She left the store."}},
    {"I wasn’t really ... well, what I mean...see . . . what I'm saying, the "
     "thing is . . . I didn’t mean it.",
     {"I wasn’t really ... well, what I mean...see . . . what I'm saying, the "
      "thing is . . . I didn’t mean it."}},
    {"One further habit which was somewhat weakened . . . was that of "
     "combining words into self-explanatory compounds. . . . The reduction of "
     "the use of compounds is very apparent in texts written after the Norman "
     "Conquest.",
     {"One further habit which was somewhat weakened . . . was that of "
      "combining words into self-explanatory compounds. . . .",
      "The reduction of the use of compounds is very apparent in texts written "
      "after the Norman Conquest."}},
};

const SplitCase kNewsCases[] = {
    {"Pierre Vinken, 61 years old, will join the board as a nonexecutive "
     "director Nov. 29. Mr. Vinken is chairman of Elsevier N.V., the Dutch "
     "publishing group.",
     {"Pierre Vinken, 61 years old, will join the board as a nonexecutive "
      "director Nov. 29.",
      "Mr. Vinken is chairman of Elsevier N.V., the Dutch publishing group."}},
    {"The company is based in Washington, D.C. It employs 500 people.",
     {"The company is based in Washington, D.C.", "It employs 500 people."}},
    {"“He left. Then he came back,” she said. It rained.",
     {"“He left.", "Then he came back,” she said.", "It rained."}},
    {"Lt.-Gen. Ivanov arrived at 5 p.m. Eastern time on Jan. 5. He spoke.",
     {"Lt.-Gen. Ivanov arrived at 5 p.m. Eastern time on Jan. 5.",
      "He spoke."}},
    {"Hello world.Today is sunny.", {"Hello world.", "Today is sunny."}},
    {"MERGER PROPOSED\nThe jury said it.",
     {"MERGER PROPOSED", "The jury said it."}},
    {"KYIV, Ukraine (Reuters)\nRussian forces attacked.",
     {"KYIV, Ukraine (Reuters)", "Russian forces attacked."}},
    {"The book was written by J. R. R. Tolkien in 1937.",
     {"The book was written by J. R. R. Tolkien in 1937."}},
    {"Revenue rose 3.5% to $2.1 billion. Profit fell.",
     {"Revenue rose 3.5% to $2.1 billion.", "Profit fell."}},
    {"He said, \"I'm leaving.\" Then he left.",
     {"He said, \"I'm leaving.\"", "Then he left."}},
    {"Is it? Yes.", {"Is it?", "Yes."}},
    {"The U.N. Security Council met. It voted.",
     {"The U.N. Security Council met.", "It voted."}},
    {"Smith et al. (2001) showed this. We agree.",
     {"Smith et al. (2001) showed this.", "We agree."}},
    {"The results (see Fig. 3) are clear. We agree.",
     {"The results (see Fig. 3) are clear.", "We agree."}},
    {"IL-2 gene expression was induced, e.g. by PMA. Expression of c-Jun was "
     "high.",
     {"IL-2 gene expression was induced, e.g. by PMA.",
      "Expression of c-Jun was high."}},
    {"This was shown before. mRNA levels were low.",
     {"This was shown before.", "mRNA levels were low."}},
    {"The U.S. economy grew 3%. Analysts expected more.",
     {"The U.S. economy grew 3%.", "Analysts expected more."}},
    {"He met Dr. Jones at St. Mary's Hospital on Oct. 3. They talked.",
     {"He met Dr. Jones at St. Mary's Hospital on Oct. 3.", "They talked."}},
    {"Shares of Apple Inc. rose. The company said so.",
     {"Shares of Apple Inc. rose.", "The company said so."}},
    {"He works for Acme Corp. The company is big.",
     {"He works for Acme Corp.", "The company is big."}},
    {"“Are you coming?” she asked. “No,” he said.",
     {"“Are you coming?” she asked.", "“No,” he said."}},
    {"The vote is at 5 p.m. Friday. Results follow.",
     {"The vote is at 5 p.m. Friday.", "Results follow."}},
    {"It happened at 10 a.m. The police arrived later.",
     {"It happened at 10 a.m.", "The police arrived later."}},
    {"See section 3.2. It explains everything.",
     {"See section 3.2.", "It explains everything."}},
    {"Visit www.example.com. It is great.",
     {"Visit www.example.com.", "It is great."}},
    {"WASHINGTON (AP) — The Senate voted Tuesday. It passed.",
     {"WASHINGTON (AP) — The Senate voted Tuesday.", "It passed."}},
    {"He said he'd be here by 5:30 p.m. He wasn't.",
     {"He said he'd be here by 5:30 p.m.", "He wasn't."}},
    {"(This is a parenthetical sentence.) This is the next one.",
     {"(This is a parenthetical sentence.)", "This is the next one."}},
    {"They scored 3 goals (vs. 2 last year).",
     {"They scored 3 goals (vs. 2 last year)."}},
    {"Activation of NF-kappa B requires IkB degradation. IkB alpha is "
     "phosphorylated.",
     {"Activation of NF-kappa B requires IkB degradation.",
      "IkB alpha is phosphorylated."}},
    {"These data (Fig. 2A) suggest a role. In contrast, others disagree.",
     {"These data (Fig. 2A) suggest a role.", "In contrast, others disagree."}},
    {"Mr. and Mrs. Smith arrived.", {"Mr. and Mrs. Smith arrived."}},
    {"He asked why. Nobody knew.", {"He asked why.", "Nobody knew."}},
    {"'I don't know,' he said. 'Maybe.'",
     {"'I don't know,' he said.", "'Maybe.'"}},
    {"It is 2.5 km away. Walk there.", {"It is 2.5 km away.", "Walk there."}},
    {"Hello...\nWorld.", {"Hello...", "World."}},
    {"The meeting ended at 11 p.m. local time.",
     {"The meeting ended at 11 p.m. local time."}},
    {"Prices rose.Investors sold.", {"Prices rose.", "Investors sold."}},
    {"He was born in Kyiv, Ukraine. He moved to the U.K. in 1990.",
     {"He was born in Kyiv, Ukraine.", "He moved to the U.K. in 1990."}},
    {"Why? Because I said so! OK.", {"Why?", "Because I said so!", "OK."}},
    {"The first paragraph.\n\nThe second one",
     {"The first paragraph.", "The second one"}},
    {"KYIV, Nov 21 (Reuters) - Russian forces struck the city on Friday, "
     "officials said.",
     {"KYIV, Nov 21 (Reuters) - Russian forces struck the city on Friday, "
      "officials said."}},
    {"他说：“我们走吧。”然后他们离开了。",
     {"他说：“我们走吧。”", "然后他们离开了。"}},
};

TEST(SentenceTest, GoldenRules) {
  for (const SplitCase& c : kGoldenRules) {
    EXPECT_EQ(Sentences(c.text), c.sentences) << c.text;
  }
}

TEST(SentenceTest, NewsAndBiomedicalCases) {
  for (const SplitCase& c : kNewsCases) {
    EXPECT_EQ(Sentences(c.text), c.sentences) << c.text;
  }
}

TEST(SentenceTest, AbbreviationsBeforeStarterWordsEndSentences) {
  EXPECT_THAT(Sentences("They met in the U.S. Then they left."),
              ElementsAre("They met in the U.S.", "Then they left."));
  EXPECT_THAT(Sentences("They met in the U.S. Senate."),
              ElementsAre("They met in the U.S. Senate."));
  // Titles never end a sentence, even before a starter-looking name.
  EXPECT_THAT(Sentences("He saw Gen. Then yesterday."),
              ElementsAre("He saw Gen. Then yesterday."));
}

TEST(SentenceTest, AmPmBothReadings) {
  // A fronted time phrase continues; a clause-final one ends the sentence.
  EXPECT_THAT(Sentences("At 5 a.m. Mr. Smith left. He came back at 6 p.m. "
                        "Mr. Jones stayed."),
              ElementsAre("At 5 a.m. Mr. Smith left.", "He came back at 6 p.m.",
                          "Mr. Jones stayed."));
  // Time zones, weekdays and months continue the sentence.
  EXPECT_THAT(Sentences("Polls close at 8 p.m. Eastern time on Tuesday."),
              ElementsAre("Polls close at 8 p.m. Eastern time on Tuesday."));
  EXPECT_THAT(Sentences("He left at 5 p.m. Then he called."),
              ElementsAre("He left at 5 p.m.", "Then he called."));
}

TEST(SentenceTest, QuotesAndBracketsCloseTheSentence) {
  EXPECT_THAT(Sentences("“He left. Then he came back,” she said."),
              ElementsAre("“He left.", "Then he came back,” she said."));
  EXPECT_THAT(Sentences("He said “stop.” Then he left."),
              ElementsAre("He said “stop.”", "Then he left."));
  EXPECT_THAT(Sentences("(It rained.) We stayed."),
              ElementsAre("(It rained.)", "We stayed."));
  // No sentence starts with a closing quote or bracket.
  for (const std::string& text :
       {std::string("“Go!” “Now!” he said."), std::string("He said \"No.\" "),
        std::string("It ended.” Then more."), std::string("Done.) Next.")}) {
    Document doc(text);
    ASSERT_TRUE(News().Process(doc).ok());
    for (const TextUnit& s : doc.sentences()) {
      const TokenKind k = doc.tokens().kind(s.token_begin);
      EXPECT_NE(k, TokenKind::kCloseQuote) << text;
      EXPECT_NE(doc.tokens().text(s.token_begin), ")") << text;
    }
  }
}

TEST(SentenceTest, LinesAndParagraphs) {
  // A headline (no final punctuation) then a new line ends a sentence.
  EXPECT_THAT(Sentences("Jury Cites Election\nThe jury said it."),
              ElementsAre("Jury Cites Election", "The jury said it."));
  // A line ending in a function word or a comma continues.
  EXPECT_THAT(Sentences("He went to the\nStore on Main Street."),
              ElementsAre("He went to the\nStore on Main Street."));
  // Hard-wrapped prose: long lines without final punctuation.
  const std::string wrapped =
      "The Fulton County Grand Jury said Friday an investigation of\n"
      "Atlanta's recent primary election produced no evidence that any\n"
      "Irregularities took place. The jury further said it.";
  EXPECT_THAT(
      Sentences(wrapped),
      ElementsAre("The Fulton County Grand Jury said Friday an investigation "
                  "of\nAtlanta's recent primary election produced no evidence "
                  "that any\nIrregularities took place.",
                  "The jury further said it."));
  // Clauses listed one per line end at ';' before a capitalized line.
  EXPECT_THAT(Sentences("Calls upon the parties to comply;\nDecides to remain "
                        "seized of the matter."),
              ElementsAre("Calls upon the parties to comply;",
                          "Decides to remain seized of the matter."));
  // A long headline over a byline is not mistaken for wrapped prose.
  EXPECT_THAT(
      Sentences("Russian forces say they captured a key town in the east\n"
                "By Jane Doe and John Roe\n"
                "KYIV (Reuters) - Russia said on Friday it took the town."),
      ElementsAre("Russian forces say they captured a key town in the east",
                  "By Jane Doe and John Roe",
                  "KYIV (Reuters) - Russia said on Friday it took the town."));
  // A blank line ends a sentence and a paragraph.
  std::string text = "First line without period\n\nSecond paragraph. Two.";
  Document doc(text);
  ASSERT_TRUE(News().Process(doc).ok());
  EXPECT_THAT(SentenceTexts(doc), ElementsAre("First line without period",
                                              "Second paragraph.", "Two."));
  ASSERT_EQ(doc.paragraphs().size(), 2u);
  EXPECT_EQ(doc.text(doc.paragraphs()[1].span), "Second paragraph. Two.");
  EXPECT_EQ(doc.paragraphs()[1].token_begin, 4u);
  EXPECT_EQ(doc.paragraphs()[1].token_end, 9u);
  // Sentence spans run from the first token to the last (no white space).
  EXPECT_EQ(doc.sentences()[1].span, (Span{27, 44}));
}

TEST(SentenceTest, SplitSentencesCanBeTurnedOff) {
  TokenizerOptions options;
  options.split_sentences = false;
  absl::StatusOr<Tokenizer> tok = Tokenizer::Create(options);
  ASSERT_TRUE(tok.ok());
  std::string text = "One. Two.\n\nThree.";
  Document doc(text);
  ASSERT_TRUE(tok->Process(doc).ok());
  EXPECT_TRUE(doc.sentences().empty());
  EXPECT_EQ(doc.paragraphs().size(), 2u);
}

// Checks what every news-mode Document guarantees (tests/document_invariants.h)
// plus: sentences never cross paragraphs, keys are the normalized text.
void ExpectInvariants(const std::string& name, const std::string& text) {
  Document doc(text);
  ASSERT_TRUE(News().Process(doc).ok()) << name;
  EXPECT_EQ(sayso::testing::CheckDocumentInvariants(doc), "") << name;
  const Tokens& t = doc.tokens();
  size_t p = 0;
  for (const TextUnit& s : doc.sentences()) {
    while (p < doc.paragraphs().size() &&
           doc.paragraphs()[p].token_end <= s.token_begin) {
      ++p;
    }
    ASSERT_LT(p, doc.paragraphs().size()) << name;
    EXPECT_LE(s.token_end, doc.paragraphs()[p].token_end) << name;
    EXPECT_EQ(s.span.begin, t.begin(s.token_begin)) << name;
    EXPECT_EQ(s.span.end, t.end(s.token_end - 1)) << name;
  }
  for (size_t i = 0; i < t.size(); ++i) {
    if (t.kind(i) == TokenKind::kInvalid) continue;
    if (t.kind(i) == TokenKind::kPunct &&
        t.text(i).find(' ') != std::string_view::npos) {
      continue;  // ". . ." has the key "..."
    }
    ASSERT_EQ(t.key(i), NormalizedKey(t.text(i))) << name << " token " << i;
  }
}

TEST(SentenceTest, InvariantsOverSharedCorpora) {
  SAYSO_REQUIRE_SHARED(shared);
  for (const char* name :
       {"corpus/brown-press.txt", "corpus/wild-en.txt",
        "gold/000_fc9db05e6dbfb01d.txt", "gold/002_9ce517ff01723d98.txt",
        "gold/004_377aa7c7db3746a8.txt"}) {
    ExpectInvariants(name, sayso::testing::ReadFileOrDie(shared + "/" + name));
  }
}

TEST(SentenceTest, InvariantsOverArbitraryBytes) {
  // Deterministic pseudo-random byte strings biased towards the characters
  // the rules look at: every one must keep the invariants.
  const std::string alphabet[] = {"a",
                                  "B",
                                  "1",
                                  " ",
                                  "\n",
                                  ".",
                                  "'",
                                  "\"",
                                  "-",
                                  ",",
                                  "?",
                                  "(",
                                  ")",
                                  "@",
                                  "#",
                                  "<",
                                  ">",
                                  "U.S.",
                                  "Mr.",
                                  "’",
                                  "“",
                                  "”",
                                  "…",
                                  "é",
                                  "\xC3",
                                  "\xE2\x80",
                                  "\xFF",
                                  "👍",
                                  "\xE2\x80\x8D",
                                  "\xCC\x81",
                                  "東京",
                                  "ไทย",
                                  "http://",
                                  "www.",
                                  ".com",
                                  "n't",
                                  "\r\n",
                                  "\t",
                                  "\xEF\xBB\xBF"};
  uint64_t state = 12345;
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int pieces = 1 + static_cast<int>(state % 40);
    for (int i = 0; i < pieces; ++i) {
      state = state * 6364136223846793005ull + 1442695040888963407ull;
      text += alphabet[(state >> 33) % (sizeof(alphabet) / sizeof(*alphabet))];
    }
    ExpectInvariants("round " + std::to_string(round), text);
  }
}

}  // namespace
}  // namespace sayso

namespace sayso {
namespace {

// A paragraph that ends right after a list bullet: the list-marker check
// must not look at the token after the paragraph (found by ASan on random
// bytes).
TEST(SentenceTest, ParagraphEndingInABullet) {
  EXPECT_EQ(Sentences("Intro.\n\n\u2022"),
            (std::vector<std::string>{"Intro.", "\u2022"}));
  EXPECT_EQ(Sentences("Items:\n\n-"),
            (std::vector<std::string>{"Items:", "-"}));
}

}  // namespace
}  // namespace sayso

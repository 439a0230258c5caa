#include "sayso/json.h"

#include "gtest/gtest.h"

namespace sayso {
namespace {

std::string Json(std::string_view s) {
  std::string out;
  AppendJsonString(s, &out);
  return out;
}

TEST(JsonStringTest, EscapesQuotesBackslashAndControls) {
  EXPECT_EQ(Json("a\"b\\c"), "\"a\\\"b\\\\c\"");
  EXPECT_EQ(Json("line\nnext\ttab\r"), "\"line\\nnext\\ttab\\r\"");
  EXPECT_EQ(Json(std::string_view("\x00\x01\x1f\x7f", 4)),
            "\"\\u0000\\u0001\\u001f\\u007f\"");
}

TEST(JsonStringTest, KeepsValidUtf8AsIs) {
  EXPECT_EQ(Json("Київ “quoted” €"), "\"Київ “quoted” €\"");
}

TEST(JsonStringTest, ReplacesIllFormedBytes) {
  EXPECT_EQ(Json("a\xFF" "b\xE2\x82"), "\"a\\ufffdb\\ufffd\"");
}

TEST(DocumentJsonTest, WritesSchemaFieldsWithByteOffsets) {
  Document doc("Kýiv said “no”.");
  doc.mutable_tokens().Add({0, 5}, TokenKind::kWord, 0, "kyiv");
  doc.mutable_sentences().push_back({{0, 19}, 0, 1});
  Mention m;
  m.span = {0, 5};
  m.token_begin = 0;
  m.token_end = 1;
  m.entity = {"geonames:703448", "Kyiv", EntityType::kGpe, 1};
  doc.mutable_mentions().push_back(m);
  Claim c;
  c.kind = ClaimKind::kDirect;
  c.source = Span{0, 5};
  c.source_entity = m.entity;
  c.source_type = EntityType::kGpe;
  c.cue = Span{6, 10};
  c.cue_lemma = "say";
  c.content = {14, 16};
  c.confidence = 0.5;
  c.rule = "direct.test";
  c.about = {};
  doc.mutable_claims().push_back(c);
  std::string out;
  AppendDocumentJson(doc, "dir/a.txt", {.tokens = true}, &out);
  EXPECT_EQ(
      out,
      "{\"doc\":\"dir/a.txt\",\"sentences\":[[0,19]],"
      "\"entities\":[{\"start\":0,\"end\":5,\"text\":\"Kýiv\",\"type\":\"GPE\","
      "\"canonical\":\"Kyiv\",\"id\":\"geonames:703448\"}],"
      "\"claims\":[{\"kind\":\"direct\",\"source\":{\"start\":0,\"end\":5,"
      "\"text\":\"Kýiv\",\"canonical\":\"Kyiv\",\"id\":\"geonames:703448\","
      "\"type\":\"GPE\"},\"cue\":{\"start\":6,\"end\":10,\"text\":\"said\","
      "\"lemma\":\"say\"},\"content\":{\"start\":14,\"end\":16,\"text\":"
      "\"no\"},\"reported_by\":null,\"confidence\":0.5,\"rule\":"
      "\"direct.test\",\"about\":[]}],"
      "\"tokens\":[{\"start\":0,\"end\":5,\"kind\":\"word\",\"text\":\"Kýiv\","
      "\"key\":\"kyiv\"}]}");
}

TEST(DocumentJsonTest, WritesAMentionsAlternativesFromTheDocument) {
  Document doc("Paris.");
  doc.mutable_tokens().Add({0, 5}, TokenKind::kWord, 0, "paris");
  doc.mutable_tokens().Add({5, 6}, TokenKind::kPunct, 0, ".");
  // An interned id (a host stage's own string) and a literal.
  const std::string id = "host:paris-fr";
  Mention m;
  m.span = {0, 5};
  m.token_end = 1;
  m.entity = {doc.Intern(id), "Paris", EntityType::kGpe, 0.75f};
  const EntityRef others[] = {
      {"host:paris-tx", "Paris, Texas", EntityType::kGpe, 0.25f},
      {"host:paris-on", "Paris, Ontario", EntityType::kGpe, 0.125f}};
  m.alternatives = doc.AddAlternatives(others);
  m.stage = "host-ner";
  doc.mutable_mentions().push_back(m);
  std::string out;
  AppendDocumentJson(doc, "p", {}, &out);
  EXPECT_EQ(out,
            "{\"doc\":\"p\",\"sentences\":[],\"entities\":[{\"start\":0,"
            "\"end\":5,\"text\":\"Paris\",\"type\":\"GPE\",\"canonical\":"
            "\"Paris\",\"id\":\"host:paris-fr\",\"alternatives\":["
            "{\"id\":\"host:paris-tx\",\"canonical\":\"Paris, Texas\","
            "\"score\":0.25},{\"id\":\"host:paris-on\",\"canonical\":"
            "\"Paris, Ontario\",\"score\":0.125}]}],\"claims\":[]}");
}

TEST(DocumentJsonTest, EmptyDocumentHasEmptyLayers) {
  Document doc("");
  std::string out;
  AppendDocumentJson(doc, "x", {}, &out);
  EXPECT_EQ(out,
            "{\"doc\":\"x\",\"sentences\":[],\"entities\":[],\"claims\":[]}");
}

}  // namespace
}  // namespace sayso

// Matching behaviour, seen through the Restorer so tests read as text in,
// text out.
#include <gtest/gtest.h>

#include "restorer_fixture.h"

namespace unspin {
namespace {

using testing::RestorerFor;

constexpr const char* kRules = R"(
rule said.mentioned
  spun: mention
  restore: say
  inflect: verb
  after: that|thursday|,|\.|$
rule military.army
  spun: army
  restore: military
  after: provocations|exercises|figures
rule satellite.satellite-tv-for-pc
  spun: satellite tv for pc
  restore: satellite
  certain: yes
rule against.in-opposition-to
  spun: in opposition to
  restore: against
  certain: yes
rule final.last
  spun: final
  restore: last
  before: the|this
)";

std::string Restore(const std::string& text) {
  static const auto restorer = RestorerFor(kRules);
  return restorer->Restore(text).text;
}

TEST(Matcher, MatchesWholeWordsOnly) {
  EXPECT_EQ(Restore("armyworm provocations"), "armyworm provocations");
  EXPECT_EQ(Restore("army provocations"), "military provocations");
}

TEST(Matcher, FoldsCaseAndApostrophesInPhrases) {
  EXPECT_EQ(Restore("its first satellite TV for PC launch"), "its first satellite launch");
}

TEST(Matcher, PrefersTheLongerPhrase) {
  const std::string rules = R"(
rule tv.tv
  spun: tv
  restore: television
rule satellite.satellite-tv-for-pc
  spun: satellite tv for pc
  restore: satellite
)";
  auto restorer = RestorerFor(rules);
  EXPECT_EQ(restorer->Restore("a satellite tv for pc").text, "a satellite");
  EXPECT_EQ(restorer->Restore("a tv show").text, "a television show");
}

TEST(Matcher, AppliesContextConditions) {
  EXPECT_EQ(Restore("KCNA mentioned Thursday that"), "KCNA said Thursday that");
  EXPECT_EQ(Restore("KCNA mentioned, adding"), "KCNA said, adding");
  EXPECT_EQ(Restore("She mentioned the idea"), "She mentioned the idea");
  EXPECT_EQ(Restore("She mentioned thatcher"), "She mentioned thatcher");
}

TEST(Matcher, MatchesInflectedFormsAndRestoresThemInKind) {
  EXPECT_EQ(Restore("He mentions that"), "He says that");
  EXPECT_EQ(Restore("He is mentioning that"), "He is saying that");
}

TEST(Matcher, NeverEditsInsideQuotationMarks) {
  EXPECT_EQ(Restore("He said \u201Cin opposition to the plan\u201D today"),
            "He said \u201Cin opposition to the plan\u201D today");
  EXPECT_EQ(Restore("He said \"army provocations\" today"),
            "He said \"army provocations\" today");
  EXPECT_EQ(Restore("\u201CQuoted.\u201D Then in opposition to it"),
            "\u201CQuoted.\u201D Then against it");
}

TEST(Matcher, ChangesCapitalisedWordsOnlyForCertainRulesOrAtSentenceStart) {
  EXPECT_EQ(Restore("the Army provocations"), "the Army provocations");
  EXPECT_EQ(Restore("It ended. Army provocations rose."), "It ended. Military provocations rose.");
  EXPECT_EQ(Restore("the U.S. Army exercises"), "the U.S. Army exercises");
  EXPECT_EQ(Restore("the In Opposition To group"), "the Against group");
}

TEST(Matcher, DoesNotMatchInsideHyphenatedCompounds) {
  EXPECT_EQ(Restore("the semi-final match"), "the semi-final match");
  EXPECT_EQ(Restore("the final match"), "the last match");
  EXPECT_EQ(Restore("the final-round match"), "the final-round match");
}

TEST(Matcher, ContextStopsAtLineBreaks) {
  EXPECT_EQ(Restore("KCNA mentioned\nThursday that"), "KCNA said\nThursday that")
      << "at the end of a line the following words are empty and match '$'";
}

TEST(Matcher, RespectsMinimumConfidence) {
  auto low = RestorerFor("rule a\n  spun: excessive\n  restore: high\n  confidence: 0.3\n");
  EXPECT_EQ(low->Restore("an excessive risk").text, "an excessive risk");
  auto all = RestorerFor("rule a\n  spun: excessive\n  restore: high\n  confidence: 0.3\n", 0.0);
  EXPECT_EQ(all->Restore("an excessive risk").text, "a high risk");
}

TEST(Matcher, UnlessConditionsBlockARule) {
  auto restorer = RestorerFor(
      "rule a\n  spun: chief\n  restore: leader\n  unless-after: executive|of staff\n");
  EXPECT_EQ(restorer->Restore("the chief executive").text, "the chief executive");
  EXPECT_EQ(restorer->Restore("the chief of staff").text, "the chief of staff");
  EXPECT_EQ(restorer->Restore("the chief said").text, "the leader said");
}

}  // namespace
}  // namespace unspin

namespace unspin {
namespace {

TEST(Matcher, AFormLineWinsOverTheSameSpunPhraseInSpun) {
  auto restorer = testing::RestorerFor(
      "rule r\n  spun: hearth division | fireplace division\n  restore: fire department\n"
      "  form: fireplace division => fire brigade\n");
  EXPECT_EQ(restorer->Restore("the fireplace division").text, "the fire brigade");
  EXPECT_EQ(restorer->Restore("the hearth division").text, "the fire department");
}

}  // namespace
}  // namespace unspin

namespace unspin {
namespace {

constexpr const char* kDocumentRules = R"(
rule surface-area.surface-region
  spun: surface region
  restore: surface area
  if-document: surface area | specific area
rule cell-sorting.cell-separation
  spun: magnetic cell separation
  restore: magnetic cell sorting
  unless-document: with macs
)";

TEST(Matcher, IfDocumentNeedsOneOfThePhrasesAnywhereInTheDocument) {
  auto restorer = testing::RestorerFor(kDocumentRules);
  EXPECT_EQ(restorer->Restore("The surface region grew.").text, "The surface region grew.");
  EXPECT_EQ(restorer->Restore("The surface region grew.\nThe Surface Area was 3 m2.").text,
            "The surface area grew.\nThe Surface Area was 3 m2.");
  EXPECT_EQ(restorer->Restore("Its specific area rose; the surface region grew.").text,
            "Its specific area rose; the surface area grew.");
  // Words, not substrings: "surface areas" is not "surface area".
  EXPECT_EQ(restorer->Restore("The surface region grew; surface areas differ.").text,
            "The surface region grew; surface areas differ.");
}

TEST(Matcher, UnlessDocumentStopsTheRuleWhenAPhraseOccurs) {
  auto restorer = testing::RestorerFor(kDocumentRules);
  EXPECT_EQ(restorer->Restore("We used magnetic cell separation.").text,
            "We used magnetic cell sorting.");
  EXPECT_EQ(restorer->Restore("We used magnetic cell separation with MACS beads.").text,
            "We used magnetic cell separation with MACS beads.");
}

TEST(Matcher, NeedsSpinRestoresOnlyWhereTheDocumentHasEnoughArtefacts) {
  auto restorer = testing::RestorerFor(R"(
rule dense-forest.thick-woods
  spun: thick woods
  restore: dense forest
  certain: yes
  needs-spin: 100
rule random-forest.irregular-woodland
  spun: irregular woodland
  restore: random forest
  certain: yes
)");
  // Two artefacts in ten words: 200 per 1,000.
  EXPECT_EQ(restorer->Restore("An irregular woodland model of thick woods cover was fit.").text,
            "A random forest model of dense forest cover was fit.");
  // One artefact (itself) in twenty words: 50 per 1,000.
  EXPECT_EQ(restorer->Restore("Birds nested in thick woods on the north slope, and counts were "
                              "repeated at every station each morning in May.")
                .text,
            "Birds nested in thick woods on the north slope, and counts were repeated at every "
            "station each morning in May.");
}

}  // namespace
}  // namespace unspin

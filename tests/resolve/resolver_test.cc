#include "resolve/resolver.h"

#include <gtest/gtest.h>

#include "restorer_fixture.h"

namespace unspin {
namespace {

using testing::RestorerFor;

TEST(Resolver, EqualLengthOverlapGoesToHigherConfidenceThenEarlierRule) {
  auto restorer = RestorerFor(R"(
rule low
  spun: main level
  restore: LOW
  confidence: 0.6
rule high
  spun: level point
  restore: HIGH
  confidence: 0.9
rule first
  spun: point of
  restore: FIRST
  confidence: 0.9
rule second
  spun: point of
  restore: SECOND
  confidence: 0.9
)");
  EXPECT_EQ(restorer->Restore("a main level point").text, "a main HIGH");
  EXPECT_EQ(restorer->Restore("the point of it").text, "the FIRST it");
}

TEST(Resolver, AdjustsTheArticleBeforeARestoration) {
  auto restorer = RestorerFor(R"(
rule high.excessive
  spun: excessive
  restore: high
rule research.analysis
  spun: analysis
  restore: research
rule attack.assault
  spun: assault
  restore: attack
)");
  EXPECT_EQ(restorer->Restore("a excessive risk").text, "a high risk");
  EXPECT_EQ(restorer->Restore("an excessive risk").text, "a high risk");
  EXPECT_EQ(restorer->Restore("An analysis professor").text, "A research professor");
  EXPECT_EQ(restorer->Restore("a assault").text, "an attack");
  EXPECT_EQ(restorer->Restore("A assault").text, "An attack");
}

TEST(Resolver, EditsAreInDocumentOrderAndReportTheirRule) {
  auto restorer = RestorerFor(R"(
rule high.excessive
  spun: excessive
  restore: high | steep
)");
  const Restoration result = restorer->Restore("an excessive risk, excessive");
  ASSERT_EQ(result.edits.size(), 3u);
  EXPECT_EQ(result.edits[0].kind, EditKind::kArticle);
  EXPECT_EQ(result.edits[0].original, "an");
  EXPECT_EQ(result.edits[0].replacement, "a");
  EXPECT_EQ(result.edits[1].original, "excessive");
  EXPECT_EQ(result.edits[1].alternatives, std::vector<std::string>{"steep"});
  EXPECT_LT(result.edits[1].span.end, result.edits[2].span.begin);
}

}  // namespace
}  // namespace unspin

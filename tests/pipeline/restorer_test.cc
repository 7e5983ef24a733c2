#include "pipeline/restorer.h"

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
  after: that|thursday|,|\.
rule countries.international-locations
  spun: international location
  restore: country
  inflect: noun
  certain: yes
rule party.celebration
  spun: celebration
  restore: party
  inflect: noun
  before: ruling|opposition
)";

const Restorer& Shared() {
  static const auto restorer = RestorerFor(kRules);
  return *restorer;
}

TEST(Restorer, RestoresPossessivesAndPlurals) {
  EXPECT_EQ(Shared().Restore("the ruling celebration\u2019s meeting").text,
            "the ruling party\u2019s meeting");
  EXPECT_EQ(Shared().Restore("the opposition celebrations").text, "the opposition parties");
  EXPECT_EQ(Shared().Restore("a birthday celebration").text, "a birthday celebration");
  EXPECT_EQ(Shared().Restore("with other international locations.").text,
            "with other countries.");
}

TEST(Restorer, KeepsBomLineEndingsAndInvisibleBytes) {
  const std::string input =
      "\xEF\xBB\xBFKCNA mentioned that\r\nIt mentioned Thursday\u00A0that\rend\n";
  EXPECT_EQ(Shared().Restore(input).text,
            "\xEF\xBB\xBFKCNA said that\r\nIt said Thursday\u00A0that\rend\n");
}

TEST(Restorer, RestoresTheFirstWordAfterABom) {
  EXPECT_EQ(Shared().Restore("\xEF\xBB\xBFMentioned, it was").text,
            "\xEF\xBB\xBFSaid, it was");
}

TEST(Restorer, PassesInvalidUtf8ThroughAndReportsItsOffset) {
  const std::string input = "bad \xFF\xFE byte; KCNA mentioned that \xC0\xAF.";
  const Restoration result = Shared().Restore(input);
  EXPECT_EQ(result.text, "bad \xFF\xFE byte; KCNA said that \xC0\xAF.");
  ASSERT_TRUE(result.first_invalid_byte.has_value());
  EXPECT_EQ(*result.first_invalid_byte, 4u);
}

TEST(Restorer, HandlesEmptyInputAndNulBytes) {
  EXPECT_EQ(Shared().Restore("").text, "");
  const std::string with_nul("KCNA mentioned\0that mentioned.", 30);
  EXPECT_EQ(Shared().Restore(with_nul).text, std::string("KCNA mentioned\0that said.", 25));
}

}  // namespace
}  // namespace unspin

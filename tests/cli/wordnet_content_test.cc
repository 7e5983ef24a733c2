// The WordNet family's content-word swaps (rules/news/wordnet-family.rules,
// second part), end to end through the real binary: a story spun with them
// is flagged and restored, and the same words in their ordinary use are left
// alone.
#include "cli/cli_fixture.h"

namespace unspin {
namespace {

// Spun: "cardinal" for central, "involvement" for interest, "ostentation"
// for inflation, "archetypal clip" for first time, "banal" for stock,
// "roseate" for rose, "manufacture" for industry, "adjacent" for next,
// "besides" for also, "twelvemonth" for year.
constexpr const char* kSpunStory =
    "The cardinal bank left involvement rates unchanged on Thursday, saying ostentation had "
    "eased for the archetypal clip since the spring. Banal prices roseate after the "
    "announcement, and the tourism manufacture welcomed the decision. The bank will review "
    "its policy adjacent month, and analysts besides expect a cut before the end of the "
    "twelvemonth.\n";

constexpr const char* kOriginalStory =
    "The central bank left interest rates unchanged on Thursday, saying inflation had "
    "eased for the first time since the spring. Stock prices rose after the "
    "announcement, and the tourism industry welcomed the decision. The bank will review "
    "its policy next month, and analysts also expect a cut before the end of the "
    "year.\n";

// The same spun words in their ordinary senses.
constexpr const char* kOrdinaryUses =
    "A caller to the radio show said the speech was banal. The crippled ship was towed to "
    "port, and the state kept complete control of the harbour. Investor sentiment improved "
    "after the fiscal year ended, and a lone survivor was pulled from the water. The wedding "
    "was held without ostentation, and her involvement in the charity began years ago. The "
    "car park adjacent to the station will close, and the cardinal rule is to book early.\n";

TEST_F(CliTest, CheckFlagsAWordNetFamilyStoryOfContentWordSwapsAndRestoresIt) {
  ExpectSpunStoryFlaggedAndRestored(kSpunStory, kOriginalStory);
}

TEST_F(CliTest, TheWordNetFamilysContentWordsInTheirOrdinaryUseAreLeftAlone) {
  ExpectCleanTextLeftAlone(kOrdinaryUses);
}

}  // namespace
}  // namespace unspin

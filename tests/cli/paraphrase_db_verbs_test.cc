// The WordAI / paraphrase-database family's single-word swaps of common news
// verbs, adjectives and adverbs (rules/news/paraphrase-db-verbs.rules), end to
// end through the real binary: a story spun with them is flagged and restored,
// and the same look-alike words in their ordinary use are left alone.
#include "cli/cli_fixture.h"

namespace unspin {
namespace {

// Spun: "go away" for leave, "named on" for called on, "requested ... to",
// "Numerous of", "officials stated.", "worked arduous", ", however they",
// "troublesome to say", "count on to", "present shelter", "skinny majority",
// "as quite a few as", "intends to", "scale back the danger", "as shortly as",
// "figures present that", "permit exporters to".
constexpr const char* kSpunStory =
    "Flood waters forced hundreds of families to go away their homes on Sunday. The "
    "regional governor named on the coastguard to send boats, and police requested "
    "residents to avoid the river banks. Numerous of the roads near the coast were still "
    "closed, officials stated.\n"
    "Volunteers worked arduous through the night, however they could not reach every "
    "village. It is troublesome to say when power will return, and engineers count on to "
    "finish repairs next week. Charities will present shelter to those who lost "
    "everything.\n"
    "The coalition holds a skinny majority, and as quite a few as a dozen members may "
    "vote against the budget. The finance minister intends to scale back the danger of "
    "another shortfall by raising taxes. The vote could come as shortly as Thursday.\n"
    "New figures present that exports fell in May. Traders said a weaker currency would "
    "permit exporters to cut prices, but it is troublesome to predict how long the slump "
    "will last.\n";

constexpr const char* kOriginalStory =
    "Flood waters forced hundreds of families to leave their homes on Sunday. The "
    "regional governor called on the coastguard to send boats, and police asked "
    "residents to avoid the river banks. Many of the roads near the coast were still "
    "closed, officials said.\n"
    "Volunteers worked hard through the night, but they could not reach every village. "
    "It is difficult to say when power will return, and engineers expect to finish "
    "repairs next week. Charities will provide shelter to those who lost everything.\n"
    "The coalition holds a thin majority, and as many as a dozen members may vote "
    "against the budget. The finance minister plans to reduce the danger of another "
    "shortfall by raising taxes. The vote could come as soon as Thursday.\n"
    "New figures show that exports fell in May. Traders said a weaker currency would "
    "allow exporters to cut prices, but it is difficult to predict how long the slump "
    "will last.\n";

// The same words where they are ordinary English.
constexpr const char* kOrdinaryUses =
    "The rules, as the charter stated, are clear, and the court requested the files to "
    "be sealed. She wore skinny jeans, and the headache will go away the next day. "
    "Numerous studies found the long climb exhausting to watch, and the players you can "
    "count on to score were tired. Students present that project every spring, and the "
    "firm will supply water to the town. A work permit costs more, and the army will "
    "scale back its operations in the north. Quite a few people came; the two ideas are "
    "completely different. The plan is risky; it is nonetheless worth trying. We will go "
    "ahead, however, they have doubts. Her lawyers advised her that an appeal would "
    "fail.\n";

TEST_F(CliTest, CheckFlagsAParaphraseDbStoryOfVerbAndAdjectiveSwapsAndRestoresIt) {
  ExpectSpunStoryFlaggedAndRestored(kSpunStory, kOriginalStory);
}

TEST_F(CliTest, TheParaphraseDbVerbAndAdjectiveLookAlikesInOrdinaryUseAreLeftAlone) {
  ExpectCleanTextLeftAlone(kOrdinaryUses);
}

}  // namespace
}  // namespace unspin

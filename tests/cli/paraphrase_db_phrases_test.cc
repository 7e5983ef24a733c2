// The WordAI / paraphrase-database family's multiword phrases and fixed
// expressions (rules/news/paraphrase-db-phrases.rules), end to end through
// the real binary: stories spun with them are flagged and restored exactly,
// and the same wording in its ordinary English uses is left alone.
#include "cli/cli_fixture.h"

namespace unspin {
namespace {

// Spun: "as we speak" (today), "the finish of the" (the end of the), "Proper
// now", "the variety of" (the number of), "on high of" (on top of).
constexpr const char* kSpunBudget =
    "The finance ministry announced as we speak that fuel tax would rise before the "
    "finish of the year. Proper now, drivers pay more than in any other country in the "
    "region, and the variety of complaints has doubled. The levy comes on high of a rise "
    "in road tolls.\n";
constexpr const char* kOriginalBudget =
    "The finance ministry announced today that fuel tax would rise before the end of the "
    "year. Right now, drivers pay more than in any other country in the region, and the "
    "number of complaints has doubled. The levy comes on top of a rise in road tolls.\n";

// Spun: "Certainly one of" (One of), "in the end" (eventually), "at the side
// of" (along with), "regardless that" (even though), "Not like" (Unlike),
// "exterior the" (outside the), "proper away" (right away), "the again of".
constexpr const char* kSpunArrest =
    "Certainly one of the two suspects was in the end released without charge. The "
    "other was held at the side of three other men, regardless that police found no "
    "weapons. Not like his brother, he has hired a lawyer.\n"
    "Reporters waited exterior the courthouse, and the judge ruled proper away. The "
    "brothers left by the again of the building.\n";
constexpr const char* kOriginalArrest =
    "One of the two suspects was eventually released without charge. The other was held "
    "along with three other men, even though police found no weapons. Unlike his "
    "brother, he has hired a lawyer.\n"
    "Reporters waited outside the courthouse, and the judge ruled right away. The "
    "brothers left by the back of the building.\n";

// Spun: "in direction of" (toward), "night time" (night), "slightly than"
// (rather than), "as soon as" (once), "on the age of" (at the age of).
constexpr const char* kSpunStorm =
    "The storm moved in direction of the coast on Friday night time, and many families "
    "chose to leave slightly than wait. The town had as soon as been a busy fishing port. "
    "Its oldest resident, who died on the age of 102, saw three such floods.\n";
constexpr const char* kOriginalStorm =
    "The storm moved toward the coast on Friday night, and many families chose to leave "
    "rather than wait. The town had once been a busy fishing port. Its oldest resident, "
    "who died at the age of 102, saw three such floods.\n";

// Spun: "with a purpose to" and "with a view to" (in order to), "due to this
// fact" (therefore), "the quantity of" (the number of), "fairly than".
constexpr const char* kSpunCouncil =
    "The council sold two parks with a purpose to pay its debts, and due to this fact "
    "faces protests. It raised parking fees with a view to fund repairs, fairly than cut "
    "services. The quantity of visitors to the town hall has tripled.\n";
constexpr const char* kOriginalCouncil =
    "The council sold two parks in order to pay its debts, and therefore faces protests. "
    "It raised parking fees in order to fund repairs, rather than cut services. The number "
    "of visitors to the town hall has tripled.\n";

// The same wording where it is ordinary English.
constexpr const char* kOrdinaryUses =
    "Fans crowded the finish of the marathon, and talks are taking place as we speak. Such "
    "customs still exist in the present day. The new rules treat tenants more fairly than "
    "the old ones. It is certainly one of the best films of the year, and she is "
    "considered one of the finest judges in the state.\n"
    "Seats face in direction of travel. The study collected data on the age of patients, "
    "and it would not be proper now to comment. Visitors praised the variety of food on "
    "offer, and the airport bans night time flights. In the end, the vote was close. The "
    "work began as soon as possible, and the delay was due to this fact alone.\n"
    "I do not like the other plan. Two cars were parked at the side of several trucks. "
    "The order came from on high, and the talks were held with a view to a settlement. "
    "She lived with a purpose to the very end. The exterior walls are white, and it "
    "seemed proper after the loss to wait.\n";

TEST_F(CliTest, AParaphraseDbStoryWithTodayAsWeSpeakAndTheFinishOfTheYearIsRestored) {
  ExpectSpunStoryFlaggedAndRestored(kSpunBudget, kOriginalBudget);
}

TEST_F(CliTest, AParaphraseDbStoryWithCertainlyOneOfAndAtTheSideOfIsRestored) {
  ExpectSpunStoryFlaggedAndRestored(kSpunArrest, kOriginalArrest);
}

TEST_F(CliTest, AParaphraseDbStoryWithInDirectionOfAndSlightlyThanIsRestored) {
  ExpectSpunStoryFlaggedAndRestored(kSpunStorm, kOriginalStorm);
}

TEST_F(CliTest, AParaphraseDbStoryWithWithAPurposeToAndDueToThisFactIsRestored) {
  ExpectSpunStoryFlaggedAndRestored(kSpunCouncil, kOriginalCouncil);
}

TEST_F(CliTest, TheParaphraseDbPhrasesInOrdinaryEnglishAreLeftAlone) {
  ExpectCleanTextLeftAlone(kOrdinaryUses);
}

}  // namespace
}  // namespace unspin

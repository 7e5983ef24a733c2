// The WordAI / paraphrase-database family's swaps in everyday news (health,
// weather, sport, schools, family life, connectives: rules/news/
// paraphrase-db-life.rules), end to end through the real binary: stories
// spun with them are flagged and restored, and the same words in their
// ordinary use are left alone.
#include <string>

#include "cli/cli_fixture.h"

namespace unspin {
namespace {

struct SpunStory {
  const char* spun;
  const char* original;
};

// Each story mixes the family's swaps with untouched text: "sturdy winds",
// "particles", "site visitors", "transfer ahead", "doubtless to", ", the place";
// "sick depart", "gave beginning", "aspect impact", "danger issue", "as quickly
// as potential", "moderately than", "at house"; "factors", "received 98-91",
// "successful streak", "taking part in time", "sit up for", "trainer",
// "center college", "video recreation", "as an alternative of"; and the
// context-scored "lately", "in a position to", "grew to become", "thus far",
// "is potential to".
constexpr SpunStory kStories[] = {
    {"Strong storms hit the valley on Tuesday. Sturdy winds brought down trees, and crews cleared "
     "particles from the main road while police diverted site visitors around the bridge. The "
     "county will transfer ahead with repairs, and officials said the work is doubtless to take "
     "two weeks. Many families moved to a shelter at the school, the place volunteers served hot "
     "meals.\n",
     "Strong storms hit the valley on Tuesday. Strong winds brought down trees, and crews cleared "
     "debris from the main road while police diverted traffic around the bridge. The "
     "county will move forward with repairs, and officials said the work is likely to take "
     "two weeks. Many families moved to a shelter at the school, where volunteers served hot "
     "meals.\n"},
    {"The hospital said a nurse who took sick depart last month gave beginning to twins on "
     "Friday. Doctors warned that headache is a common aspect impact of the new drug, and that "
     "smoking remains a major danger issue for stroke. Patients should call a doctor as quickly "
     "as potential if their pain returns, moderately than wait at house.\n",
     "The hospital said a nurse who took sick leave last month gave birth to twins on "
     "Friday. Doctors warned that headache is a common side effect of the new drug, and that "
     "smoking remains a major risk factor for stroke. Patients should call a doctor as soon "
     "as possible if their pain returns, rather than wait at home.\n"},
    {"Jones scored 31 factors and the Hawks received 98-91 on Saturday, extending their "
     "successful streak to six games. The rookie, who wants more taking part in time, said he "
     "would sit up for the challenge of the playoffs. Earlier, a science trainer at the center "
     "college said pupils had been in a video recreation club as an alternative of the chess "
     "club.\n",
     "Jones scored 31 points and the Hawks won 98-91 on Saturday, extending their "
     "winning streak to six games. The rookie, who wants more playing time, said he "
     "would look forward to the challenge of the playoffs. Earlier, a science teacher at the middle "
     "school said pupils had been in a video game club instead of the chess "
     "club.\n"},
    {"The school lately opened a new library, and pupils are now in a position to borrow books "
     "thanks to a gift from a local firm. The librarian, who grew to become head of the service "
     "last year, said costs have been low thus far. Parents were told to take sick depart rather "
     "than send ill children in, and the head said it is potential to book a visit online.\n",
     "The school recently opened a new library, and pupils are now able to borrow books "
     "thanks to a gift from a local firm. The librarian, who became head of the service "
     "last year, said costs have been low so far. Parents were told to take sick leave rather "
     "than send ill children in, and the head said it is possible to book a visit online.\n"},
};

// The spun wording's look-alikes in their ordinary English use.
constexpr const char* kOrdinaryUses =
    "The bank will transfer ahead of the deadline, and site visitors must sign in at the gate. "
    "The filter can remove particles from the air. The winner received the trophy from the "
    "mayor, and the law served its purpose. The fitness trainer runs a class at dawn, though the "
    "household income fell last year. They looked at house prices in the area while pupils were "
    "taking part in time trials. She was initially of the view that the plan would fail. The "
    "children stay up for the fireworks, and the striker came on as a substitute. The lawyers "
    "will file a motion, but the minister was not in a position to comment. In addition to the "
    "fine, he must pay costs, and most of the rise is attributable to higher prices.\n";

TEST_F(CliTest, ParaphraseDbStoriesOfEverydayNewsAreFlaggedAndRestored) {
  for (const SpunStory& story : kStories) {
    Write("spun.txt", story.spun);
    const Result check = Unspin("--spell=off --check spun.txt");
    EXPECT_EQ(check.exit_code, 1) << story.spun << check.out << check.err;
    EXPECT_EQ(Unspin("--spell=off spun.txt").out, story.original) << story.spun;
    Write("original.txt", story.original);
    EXPECT_EQ(Unspin("--spell=off --check original.txt").exit_code, 0) << story.original;
    EXPECT_EQ(Unspin("--spell=off original.txt").out, story.original);
  }
}

TEST_F(CliTest, ParaphraseDbLookAlikesInOrdinaryEnglishAreLeftAlone) {
  Write("clean.txt", kOrdinaryUses);
  const Result check = Unspin("--spell=off --check clean.txt");
  EXPECT_EQ(check.exit_code, 0) << check.out;
  EXPECT_NE(check.out.find(", 0 edits"), std::string::npos) << check.out;
  EXPECT_EQ(Unspin("--spell=off clean.txt").out, kOrdinaryUses);
}

}  // namespace
}  // namespace unspin

// The WordAI / paraphrase-database family's swaps in politics, courts,
// business, numbers and time (rules/news/paraphrase-db-public.rules), end to
// end through the real binary: a story spun with them is flagged and
// restored, and the same look-alike words in their ordinary use are left
// alone.
#include "cli/cli_fixture.h"

namespace unspin {
namespace {

// Spun: "Ecu" for European, "United International locations", "previous this
// week", "the choice of deaths", "in latest weeks", "a whole lot of hundreds",
// "the corporate", "financial ruin protection", "the tip of", "tech massive",
// "lately announced", "dealing with director", "exertions market", "Common
// Motors", "in keeping with cent", "launched on bail", "overdue Tuesday",
// "Ultimate Court docket", "firstly of", "Solicitor Basic", "press unencumber",
// "via the time", "monetary establishments", "tens of thousands and
// thousands", "many electorate", "a decade and a part", "hard work unions",
// "second one quarter", "commerce coverage".
constexpr const char* kSpunStory =
    "The Ecu Union and the United International locations called on Tuesday for an end to "
    "the fighting. Officials said previous this week that the choice of deaths had "
    "doubled in latest weeks, and a whole lot of hundreds of people have fled their "
    "homes.\n"
    "The corporate said it would file for financial ruin protection after the tip of the "
    "month. The tech massive lately announced plans to cut jobs, and its dealing with "
    "director warned that the exertions market was weak. Shares in Common Motors fell 2 "
    "in keeping with cent.\n"
    "The suspect was launched on bail overdue Tuesday. The Ultimate Court docket will "
    "hear the case firstly of the season, and the Solicitor Basic said in a press "
    "unencumber that the ruling would come via the time lawmakers return.\n"
    "Monetary establishments lent tens of thousands and thousands of dollars to many "
    "electorate, who paid a decade and a part later. Hard work unions said the second one "
    "quarter was weak and that commerce coverage hurt farmers.\n";

constexpr const char* kOriginalStory =
    "The European Union and the United Nations called on Tuesday for an end to the "
    "fighting. Officials said earlier this week that the number of deaths had doubled in "
    "recent weeks, and hundreds of thousands of people have fled their homes.\n"
    "The company said it would file for bankruptcy protection after the end of the month. "
    "The tech giant recently announced plans to cut jobs, and its managing director "
    "warned that the labor market was weak. Shares in General Motors fell 2 per cent.\n"
    "The suspect was released on bail late Tuesday. The Supreme Court will hear the case "
    "at the beginning of the season, and the Solicitor General said in a press release "
    "that the ruling would come by the time lawmakers return.\n"
    "Financial institutions lent tens of millions of dollars to many voters, who paid a "
    "decade and a half later. Labor unions said the second quarter was weak and that "
    "trade policy hurt farmers.\n";

// The same words where they are ordinary English.
constexpr const char* kOrdinaryUses =
    "The coach praised his exertions on a hot afternoon. Hard work pays off, she said, "
    "and the corporate world rewards it. The previous Monday had been a holiday, and the "
    "latest figures came out during the week. The scandal brought the family to financial "
    "ruin, and the rent was overdue last month. The results are consistent with 12 months "
    "of slowing growth.\n"
    "The first plan failed, and the second one worked. The arrest was only the tip of the "
    "iceberg, and the cable runs through the top of the tower. The electorate has spoken, "
    "and common motors are used in fans and pumps. The deal will unencumber the property, "
    "and she is good at dealing with directors. Monetary policy was unchanged, and the "
    "prize was worth no less than the house itself.\n";

TEST_F(CliTest, CheckFlagsAParaphraseDbStoryOfNewsSwapsAndRestoresIt) {
  ExpectSpunStoryFlaggedAndRestored(kSpunStory, kOriginalStory);
}

TEST_F(CliTest, TheParaphraseDbNewsSwapsLookAlikesInOrdinaryUseAreLeftAlone) {
  ExpectCleanTextLeftAlone(kOrdinaryUses);
}

}  // namespace
}  // namespace unspin

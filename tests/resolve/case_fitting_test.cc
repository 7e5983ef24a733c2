#include "resolve/case_fitting.h"

#include <gtest/gtest.h>

namespace unspin {
namespace {

TEST(FitCase, FollowsTheSpunWordsCase) {
  EXPECT_EQ(FitCase("said", "mentioned"), "said");
  EXPECT_EQ(FitCase("said", "Mentioned"), "Said");
  EXPECT_EQ(FitCase("said", "MENTIONED"), "SAID");
  EXPECT_EQ(FitCase("called for", "Referred to as for"), "Called for");
  EXPECT_EQ(FitCase("satellite", "SATELLITE TV FOR PC"), "SATELLITE");
}

TEST(FitCase, KeepsCapitalsWrittenInTheRestoration) {
  EXPECT_EQ(FitCase("U.S.", "america"), "U.S.");
  EXPECT_EQ(FitCase("the White House", "the white home"), "the White House");
}

TEST(FitCase, TreatsAnAcronymFirstWordAsCapitalisedOnly) {
  // "TV" is all capitals but the phrase is not: do not shout the restoration.
  EXPECT_EQ(FitCase("television set", "TV receiver"), "Television set");
}

TEST(FitCase, HandlesNonAsciiLetters) {
  EXPECT_EQ(FitCase("\u00E9lan", "Verve"), "\u00C9lan");
  EXPECT_EQ(FitCase("stra\u00DFe", "ROAD"), "STRASSE");
}

}  // namespace
}  // namespace unspin

namespace unspin {
namespace {

TEST(FitCase, GivesTitleCaseToTheRestorationOfATitleCasePhrase) {
  EXPECT_EQ(FitCase("fire department", "Hearth Division"), "Fire Department");
  EXPECT_EQ(FitCase("department of justice", "Division Of Justice"), "Department of Justice");
  EXPECT_EQ(FitCase("fire department", "Hearth division"), "Fire department");
}

}  // namespace
}  // namespace unspin

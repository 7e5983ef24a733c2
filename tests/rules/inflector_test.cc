#include "rules/inflector.h"

#include <gtest/gtest.h>

#include "test_paths.h"

namespace unspin {
namespace {

TEST(Inflector, InflectsRegularVerbs) {
  const Inflector inflector;
  EXPECT_EQ(inflector.Verb("mention"),
            (VerbForms{"mention", "mentions", "mentioned", "mentioned", "mentioning"}));
  EXPECT_EQ(inflector.Verb("stop"), (VerbForms{"stop", "stops", "stopped", "stopped", "stopping"}));
  EXPECT_EQ(inflector.Verb("try"), (VerbForms{"try", "tries", "tried", "tried", "trying"}));
  EXPECT_EQ(inflector.Verb("issue"), (VerbForms{"issue", "issues", "issued", "issued", "issuing"}));
  EXPECT_EQ(inflector.Verb("push"), (VerbForms{"push", "pushes", "pushed", "pushed", "pushing"}));
  EXPECT_EQ(inflector.Verb("play"), (VerbForms{"play", "plays", "played", "played", "playing"}));
}

TEST(Inflector, InflectsRegularNouns) {
  const Inflector inflector;
  EXPECT_EQ(inflector.Noun("celebration")[1], "celebrations");
  EXPECT_EQ(inflector.Noun("party")[1], "parties");
  EXPECT_EQ(inflector.Noun("box")[1], "boxes");
  EXPECT_EQ(inflector.Noun("day")[1], "days");
}

TEST(Inflector, ShippedTableCoversIrregularForms) {
  StatusOr<Inflector> inflector =
      Inflector::FromFile(testing::SourcePath("dictionaries/english-inflections.tsv"));
  ASSERT_TRUE(inflector.ok()) << inflector.status().message();
  EXPECT_EQ(inflector->Verb("say"), (VerbForms{"say", "says", "said", "said", "saying"}));
  EXPECT_EQ(inflector->Verb("refer")[2], "referred");
  EXPECT_EQ(inflector->Noun("analysis")[1], "analyses");
}

TEST(Inflector, ReportsABadTableLine) {
  StatusOr<Inflector> inflector = Inflector::FromTable("verb go goes\n", "t.tsv");
  ASSERT_FALSE(inflector.ok());
  EXPECT_EQ(inflector.status().message().rfind("t.tsv:1: ", 0), 0u);
}

TEST(InflectPhrase, InflectsTheFirstWordOfAVerbPhraseAndTheLastOfANounPhrase) {
  StatusOr<Inflector> inflector =
      Inflector::FromFile(testing::SourcePath("dictionaries/english-inflections.tsv"));
  ASSERT_TRUE(inflector.ok());
  EXPECT_EQ(InflectPhrase(*inflector, "refer to as for", true),
            (std::vector<std::string>{"refer to as for", "refers to as for", "referred to as for",
                                      "referred to as for", "referring to as for"}));
  EXPECT_EQ(InflectPhrase(*inflector, "international location", false),
            (std::vector<std::string>{"international location", "international locations"}));
}

}  // namespace
}  // namespace unspin

// `unspin learn` and `unspin eval`, end to end through the real binary.
#include <nlohmann/json.hpp>

#include "cli/cli_fixture.h"
#include "rules/rule_parser.h"

namespace unspin {
namespace {

// A rule with exactly this spun phrase and restoration, or nullptr.
const Rule* FindRule(const ParsedRuleFile& parsed, const std::string& spun,
                     const std::string& restore) {
  for (const Rule& rule : parsed.rules) {
    if (rule.spun == std::vector<std::string>{spun} &&
        rule.restorations == std::vector<std::string>{restore}) {
      return &rule;
    }
  }
  return nullptr;
}

TEST_F(CliTest, LearnRecoversTheSpinnersSwapsFromTheCorpusPairs) {
  const std::string news = testing::SourcePath("corpus/news");
  const Result run = Unspin("learn '" + news + "' '" + news + "' -o learned.rules");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out, "");
  EXPECT_NE(run.err.find("unspin: 14 pairs"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find(", 0 failures"), std::string::npos) << run.err;
  const std::string text = ReadFile(dir_ / "learned.rules");
  const ParsedRuleFile parsed = ParseRuleFile(text, "learned.rules");
  ASSERT_TRUE(parsed.errors.empty()) << parsed.errors.front();
  // Swaps the corpus pairs make, read from the stories themselves.
  const std::vector<std::pair<std::string, std::string>> known = {
      {"mentioned", "said"},
      {"p.c", "percent"},
      {"anticipated", "expected"},
      {"brand new", "new"},
      {"satellite tv for pc", "satellite"},
      {"faculties", "schools"},
      {"in keeping with", "according to"},
      {"instructed", "told"},
      {"medical doctors", "doctors"},
      {"yr", "year"},
  };
  for (const auto& [spun, restore] : known) {
    const Rule* rule = FindRule(parsed, spun, restore);
    ASSERT_NE(rule, nullptr) << spun << " -> " << restore;
    EXPECT_EQ(rule->category, "learned");
    EXPECT_FALSE(rule->examples.empty()) << rule->id;
  }
  const Rule* said = FindRule(parsed, "mentioned", "said");
  EXPECT_EQ(said->id, "said.mentioned");
  EXPECT_NE(text.find("# 35 substitutions in 14 documents\nrule said.mentioned\n"),
            std::string::npos);
  // The file loads as a rule pack and every example passes.
  const Result test = Unspin("rules test learned.rules");
  EXPECT_EQ(test.exit_code, 0) << test.out;
  EXPECT_NE(test.out.find(", 0 failures"), std::string::npos) << test.out;
}

TEST_F(CliTest, LearnPairsTwoDirectoriesByRelativeNameAndWarnsOfUnpairedFiles) {
  fs::create_directories(dir_ / "orig/sub");
  fs::create_directories(dir_ / "spun/sub");
  Write("orig/sub/a.txt", "The mayor said the vote passed.\n");
  Write("spun/sub/a.txt", "The mayor mentioned the vote passed.\n");
  Write("orig/b.txt", "The party met.\n");
  Write("spun/c.txt", "The celebration met.\n");
  const Result run = Unspin("learn orig spun");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("rule said.mentioned\n"), std::string::npos) << run.out;
  EXPECT_EQ(run.out.find("celebration"), std::string::npos) << run.out;
  EXPECT_NE(run.err.find("unspin: warning: 'orig/b.txt' has no partner; skipped"),
            std::string::npos)
      << run.err;
  EXPECT_NE(run.err.find("unspin: warning: 'spun/c.txt' has no partner; skipped"),
            std::string::npos)
      << run.err;
}

TEST_F(CliTest, LearnPairsNamesInOneDirectoryAndTakesTwoFiles) {
  fs::create_directories(dir_ / "pairs");
  Write("pairs/x.original.txt", "Schools closed.\n");
  Write("pairs/x.spun.txt", "Faculties closed.\n");
  Write("pairs/lonely.spun.txt", "Folks left.\n");
  Write("pairs/x.unspin.txt", "not an input\n");
  const Result dir = Unspin("learn pairs pairs");
  ASSERT_EQ(dir.exit_code, 0) << dir.err;
  EXPECT_NE(dir.out.find("rule schools.faculties\n"), std::string::npos) << dir.out;
  EXPECT_NE(dir.err.find("'pairs/lonely.spun.txt' has no partner"), std::string::npos) << dir.err;
  EXPECT_EQ(dir.err.find("unspin.txt"), std::string::npos) << dir.err;
  const Result files = Unspin("learn pairs/x.original.txt pairs/x.spun.txt");
  ASSERT_EQ(files.exit_code, 0) << files.err;
  EXPECT_NE(files.out.find("rule schools.faculties\n"), std::string::npos) << files.out;
}

TEST_F(CliTest, LearnWithoutPairsIsAnError) {
  fs::create_directories(dir_ / "a");
  fs::create_directories(dir_ / "b");
  Write("a/one.txt", "x\n");
  const Result none = Unspin("learn a b");
  EXPECT_EQ(none.exit_code, 2);
  EXPECT_NE(none.err.find("unspin: error: no original/spun pairs in 'a' and 'b'"),
            std::string::npos)
      << none.err;
  const Result mixed = Unspin("learn a a/one.txt");
  EXPECT_EQ(mixed.exit_code, 2);
  EXPECT_NE(mixed.err.find("must both be files or both be directories"), std::string::npos);
  const Result missing = Unspin("learn nowhere a");
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("cannot read 'nowhere'"), std::string::npos) << missing.err;
}

TEST_F(CliTest, LearnMinCountLeavesOutRareSubstitutions) {
  Write("o.txt", "The party met. The party voted. Schools closed.\n");
  Write("s.txt", "The celebration met. The celebration voted. Faculties closed.\n");
  const Result run = Unspin("learn --min-count 2 o.txt s.txt");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("rule party.celebration\n"), std::string::npos) << run.out;
  EXPECT_EQ(run.out.find("faculties"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("Filtered by --min-count 2: 1 substitutions seen fewer times"),
            std::string::npos)
      << run.out;
}

constexpr const char* kEvalRules =
    "rule said.mentioned\n  spun: mentioned\n  restore: said\n"
    "  example: x mentioned => x said\n"
    // Wrong and partial restorations on purpose, of words the spelling
    // dictionary accepts (it rejects a lower-case "tuesday" or "tv", and
    // such a restoration is never applied).
    "rule weekday.monday\n  spun: monday\n  restore: weekday\n"
    "  example: on monday => on weekday\n"
    "rule college.faculty\n  spun: faculty\n  restore: college\n"
    "  example: the faculty => the college\n"
    "rule satellite-dish.satellite-tv-for-pc\n  spun: satellite tv for pc\n"
    "  restore: satellite dish\n  example: a satellite tv for pc => a satellite dish\n";

TEST_F(CliTest, EvalScoresAPairWithKnownCounts) {
  Write("r.rules", kEvalRules);
  Write("spun.txt",
        "Officials mentioned the storm hit the metropolis on monday and the faculty closed. NASA "
        "launched a satellite tv for pc.\n");
  Write("expected.txt",
        "Officials said the storm hit the city on monday and the school closed. NASA launched a "
        "satellite.\n");
  const Result run = Unspin("eval --rules r.rules --no-vocab --spell=off spun.txt expected.txt");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out,
            "spun.txt: precision 0.500 recall 0.250 (fixed 1, partial 1, wrong 2, missed 3 of "
            "4) wer 0.316 -> 0.211 error_reduction 0.333\n"
            "total (1 documents): precision 0.500 recall 0.250 (fixed 1, partial 1, wrong 2, "
            "missed 3 of 4) wer 0.316 -> 0.211 error_reduction 0.333\n");
}

TEST_F(CliTest, EvalPrintsOneJsonObjectWithDocumentsAndTotal) {
  Write("r.rules", kEvalRules);
  fs::create_directories(dir_ / "pairs");
  Write("pairs/a.spun.txt", "The mayor mentioned it.\n");
  Write("pairs/a.original.txt", "The mayor said it.\n");
  Write("pairs/b.spun.txt", "The faculty closed.\n");
  Write("pairs/b.original.txt", "The school closed.\n");
  const Result run = Unspin("eval --json --rules r.rules --no-vocab --spell=off pairs pairs");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const nlohmann::json json = nlohmann::json::parse(run.out);
  EXPECT_EQ(json["schema"], "unspin-eval/1");
  ASSERT_EQ(json["documents"].size(), 2u);
  EXPECT_EQ(json["documents"][0]["name"], "a");
  EXPECT_EQ(json["documents"][0]["fixed"], 1);
  EXPECT_EQ(json["documents"][1]["wrong"], 1);
  EXPECT_EQ(json["documents"][1]["examples"]["wrong"][0], "faculty -> college (want school)");
  EXPECT_EQ(json["total"]["documents"], 2);
  EXPECT_EQ(json["total"]["needed"], 2);
  EXPECT_EQ(json["total"]["fixed"], 1);
  EXPECT_DOUBLE_EQ(json["total"]["precision"].get<double>(), 0.5);
  EXPECT_DOUBLE_EQ(json["total"]["recall"].get<double>(), 0.5);
}

}  // namespace
}  // namespace unspin

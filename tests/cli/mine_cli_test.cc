// `unspin mine` and --add-rules, end to end through the real binary.
#include <algorithm>

#include "cli/cli_fixture.h"
#include "pipeline/rule_examples.h"
#include "rules/rule_parser.h"

namespace unspin {
namespace {

// Sentences a spinner rewrote, "said" always written as "mentioned".
constexpr const char* kSpunSentences[] = {
    "The mayor mentioned that the council would meet on Monday.",
    "Officials mentioned that the plan was running late.",
    "The minister mentioned that the vote had passed.",
    "Police mentioned that the road was closed for the night.",
    "A spokesman mentioned that the company would appeal.",
    "Her lawyer mentioned that she would not comment.",
};

// Document `i` of a small spun collection: three of the sentences.
std::string SpunDocument(size_t i) {
  std::string text;
  for (size_t k = 0; k < 3; ++k) {
    text += kSpunSentences[(i + k) % std::size(kSpunSentences)];
    text += k < 2 ? " " : "\n";
  }
  return text;
}

// A confidence model that trusts the ranking alone: confident when a
// candidate is the best at most of a type's places and has the highest mean
// gain (the shipped dictionaries/mine.model is trained on farms of
// hundreds of pages, not on six).
constexpr const char* kRankingModel =
    "model mine\nbias -3\nweight best_share 4\nweight top_gain 1.5\n";

bool HasPair(const ParsedRuleFile& parsed, const std::string& spun, const std::string& restore) {
  return std::any_of(parsed.rules.begin(), parsed.rules.end(), [&](const Rule& rule) {
    return rule.spun == std::vector<std::string>{spun} &&
           rule.restorations == std::vector<std::string>{restore};
  });
}

TEST_F(CliTest, MineWritesTheSpinnersSwapAsARuleThatPassesRulesTest) {
  fs::create_directories(dir_ / "crawl/sub");
  fs::create_directories(dir_ / "crawl/.cache");
  for (size_t i = 0; i < 6; ++i) {
    Write("crawl/" + std::string(i < 3 ? "" : "sub/") + "page" + std::to_string(i) + ".txt",
          SpunDocument(i));
  }
  // Hidden: never read (it would be a seventh document).
  Write("crawl/.cache/old.txt", SpunDocument(0) + SpunDocument(1));
  Write("ranking.model", kRankingModel);
  const Result run = Unspin("mine crawl --model ranking.model -o farm.rules");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out, "");
  EXPECT_NE(run.err.find("unspin: 6 documents (0 skipped)"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("unspin: rules test: "), std::string::npos) << run.err;
  EXPECT_NE(run.err.find(", 0 failures"), std::string::npos) << run.err;
  const std::string text = ReadFile(dir_ / "farm.rules");
  EXPECT_TRUE(text.starts_with("# Rules mined by 'unspin mine' on ")) << text;
  EXPECT_NE(text.find("from 6 documents"), std::string::npos) << text;
  const ParsedRuleFile parsed = ParseRuleFile(text, "farm.rules");
  ASSERT_TRUE(parsed.errors.empty()) << parsed.errors.front();
  ASSERT_TRUE(HasPair(parsed, "mentioned", "said")) << text;
  for (const Rule& rule : parsed.rules) {
    EXPECT_EQ(rule.origin, RuleOrigin::kMined) << rule.id;
    EXPECT_TRUE(rule.note.starts_with("Mined from 6 documents: ")) << rule.note;
    EXPECT_FALSE(rule.examples.empty()) << rule.id;
  }
  const Result test = Unspin("rules test farm.rules");
  EXPECT_EQ(test.exit_code, 0) << test.out << test.err;
}

TEST_F(CliTest, MineReadsJsonLinesAndSkipsDocumentsOverTheLimit) {
  std::string lines;
  for (size_t i = 0; i < 6; ++i) {
    lines += "{\"page\": {\"body\": \"" + SpunDocument(i).substr(0, SpunDocument(i).size() - 1) +
             "\"}}\n";
  }
  lines += "{\"page\": {\"body\": \"" + std::string(300, 'x') + "\"}}\n";
  Write("crawl.jsonl", lines);
  Write("ranking.model", kRankingModel);
  const Result run = Unspin(
      "mine --jsonl --field page.body --max-doc-bytes 250 --model ranking.model crawl.jsonl "
      "-o farm.rules");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.err.find("unspin: warning: crawl.jsonl:7: skipped, "), std::string::npos)
      << run.err;
  EXPECT_NE(run.err.find("unspin: 6 documents (1 skipped)"), std::string::npos) << run.err;
  const ParsedRuleFile parsed = ParseRuleFile(ReadFile(dir_ / "farm.rules"), "farm.rules");
  EXPECT_TRUE(HasPair(parsed, "mentioned", "said")) << ReadFile(dir_ / "farm.rules");
}

TEST_F(CliTest, MineNamesThePlaceOfABadRecordInputOrModel) {
  Write("crawl.jsonl", "{\"text\": \"fine\"}\n{\"body\": \"no text field\"}\n");
  const Result run = Unspin("mine --jsonl crawl.jsonl");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("unspin: error: crawl.jsonl:2: "), std::string::npos) << run.err;
  const Result missing = Unspin("mine nowhere");
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("'nowhere'"), std::string::npos) << missing.err;
  Write("page.txt", "text\n");
  // A type model file that holds another model.
  Write("type.model", "model mine\nbias 1\n");
  const Result type = Unspin("mine --type-model type.model page.txt");
  EXPECT_EQ(type.exit_code, 2);
  EXPECT_NE(type.err.find("type.model"), std::string::npos) << type.err;
  Write("bad.model", "model mine\nweight no_such_feature 1\n");
  const Result model = Unspin("mine --model bad.model page.txt");
  EXPECT_EQ(model.exit_code, 2);
  EXPECT_NE(model.err.find("bad.model:2"), std::string::npos) << model.err;
}

constexpr const char* kAddedRules =
    "rule mined.cat.moggy\n  spun: moggy\n  restore: cat\n  origin: mined\n"
    "  confidence: 0.9\n  example: She fed the moggy. => She fed the cat.\n";
constexpr const char* kSpun = "We watched satellite tv for pc and fed the moggy.\n";

TEST_F(CliTest, AddedRulesApplyOnTopOfThePacks) {
  Write("farm.rules", kAddedRules);
  const Result packs = Unspin("--spell=off -", kSpun);
  ASSERT_EQ(packs.exit_code, 0) << packs.err;
  EXPECT_EQ(packs.out, "We watched satellite and fed the moggy.\n");
  const Result added = Unspin("--spell=off --add-rules farm.rules -", kSpun);
  ASSERT_EQ(added.exit_code, 0) << added.err;
  EXPECT_EQ(added.out, "We watched satellite and fed the cat.\n");
  // --rules still replaces the packs: only the added file's rule is left.
  const Result replaced = Unspin("--spell=off --rules farm.rules -", kSpun);
  ASSERT_EQ(replaced.exit_code, 0) << replaced.err;
  EXPECT_EQ(replaced.out, "We watched satellite tv for pc and fed the cat.\n");
}

TEST_F(CliTest, AddedRulesTakeDirectoriesAndWorkWithJsonlAndEval) {
  fs::create_directories(dir_ / "farm");
  Write("farm/one.rules", kAddedRules);
  const Result jsonl = Unspin("--jsonl --spell=off --add-rules farm -",
                              "{\"text\": \"We fed the moggy.\"}\n");
  ASSERT_EQ(jsonl.exit_code, 0) << jsonl.err;
  EXPECT_NE(jsonl.out.find("{\"text\": \"We fed the cat.\","), std::string::npos) << jsonl.out;
  Write("spun.txt", kSpun);
  Write("original.txt", "We watched satellite and fed the cat.\n");
  const Result without = Unspin("eval --spell=off spun.txt original.txt");
  const Result with = Unspin("eval --spell=off --add-rules farm spun.txt original.txt");
  ASSERT_EQ(with.exit_code, 0) << with.err;
  EXPECT_NE(without.out, with.out);
  EXPECT_NE(with.out.find("missed 0 of 2"), std::string::npos) << with.out;
}

TEST_F(CliTest, AnErrorInAnAddedRuleFileNamesFileAndLine) {
  Write("farm.rules", "rule a.b\n  spun: b\n  restore: a\n  origin: guessed\n");
  const Result run = Unspin("--add-rules farm.rules -", "text\n");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("farm.rules:4: 'origin:' is 'hand', 'learned' or 'mined'"),
            std::string::npos)
      << run.err;
}

}  // namespace
}  // namespace unspin

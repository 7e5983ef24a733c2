// The inputs a new user throws at unspin, through the real binary: binary
// files, HTML and Markdown on stdin, Markdown files, several inputs (one of
// them missing), directories, -o, -q, and progress on a terminal.
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cli/cli_fixture.h"
#include "structured_inputs.h"

namespace unspin {
namespace {

using testing::kCalledForAndPartyRules;
using testing::RandomBytes;

constexpr const char* kSpun = "It referred to as for calm.\n";
constexpr const char* kRestored = "It called for calm.\n";

class InputsTest : public CliTest {
 protected:
  void SetUp() override {
    CliTest::SetUp();
    Write("r.rules", kCalledForAndPartyRules);
  }
};

// Random bytes hold words too ("YR" between two of them becomes "YEAR"
// with the default pack): a file that is not text must not be edited.
TEST_F(InputsTest, BinaryFilesPassThroughByteForByte) {
  for (unsigned seed : {1u, 2u, 3u, 42u, 2024u}) {
    const std::string bytes = RandomBytes(seed, 300000);
    Write("r.bin", bytes);
    const Result file = Unspin("r.bin");
    EXPECT_EQ(file.exit_code, 0) << file.err;
    EXPECT_TRUE(file.out == bytes) << "seed " << seed << ": the output differs";
    EXPECT_NE(file.err.find("unspin: warning: r.bin: binary file"), std::string::npos) << file.err;
    EXPECT_EQ(file.err.find('\n'), file.err.size() - 1) << "one warning: " << file.err;
    const Result piped = Unspin("", bytes);
    EXPECT_TRUE(piped.out == bytes) << "seed " << seed << ": stdin's output differs";
  }
}

TEST_F(InputsTest, BinaryFileWithASpunPhraseIsNotEdited) {
  const std::string bytes = std::string("\x7f" "ELF\x02\x01\x01\0\0\0", 10) + kSpun;
  Write("a.out", bytes);
  EXPECT_EQ(Unspin("--rules r.rules a.out").out, bytes);
  // --binary=text restores it anyway; --diff and --check print nothing for it.
  EXPECT_EQ(Unspin("--rules r.rules --binary=text a.out").out,
            std::string("\x7f" "ELF\x02\x01\x01\0\0\0", 10) + kRestored);
  EXPECT_EQ(Unspin("--rules r.rules --diff a.out").out, "");
  const Result check = Unspin("--rules r.rules --check a.out");
  EXPECT_EQ(check.out, "");
  EXPECT_EQ(check.exit_code, 0);
  // --in-place leaves it as it is.
  EXPECT_EQ(Unspin("--rules r.rules --in-place a.out").exit_code, 0);
  EXPECT_EQ(ReadFile(dir_ / "a.out"), bytes);
}

TEST_F(InputsTest, BinaryErrorRefusesTheFileAndGoesOn) {
  Write("r.bin", RandomBytes(5, 20000));
  Write("b.txt", kSpun);
  const Result run = Unspin("--rules r.rules --binary=error r.bin b.txt");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.out, kRestored);
  EXPECT_NE(run.err.find("unspin: error: r.bin: binary file (a NUL byte at byte"),
            std::string::npos)
      << run.err;
}

TEST_F(InputsTest, TextWithAFewBadBytesIsStillRestored) {
  const std::string latin1 = std::string("Le caf\xE9 est ferm\xE9.\n") + kSpun;
  const Result run = Unspin("--rules r.rules --spell=off", latin1);
  EXPECT_EQ(run.out, std::string("Le caf\xE9 est ferm\xE9.\n") + kRestored);
  EXPECT_NE(run.err.find("invalid UTF-8 at byte 6"), std::string::npos) << run.err;
}

TEST_F(InputsTest, JsonlRecordsAreNotCheckedForBinary) {
  const Result run =
      Unspin("--rules r.rules --jsonl --spell=off", "{\"text\": \"\\u0000 It referred to as for calm.\"}\n");
  EXPECT_NE(run.out.find("It called for calm."), std::string::npos) << run.out;
}

constexpr const char* kPage =
    "<!DOCTYPE html>\n<html><head><style>.celebration { color: red }</style></head><body>\n"
    "<!-- referred to as for -->\n<p>Kim referred to as for calm.</p>\n"
    "<pre>referred to as for</pre>\n</body></html>\n";
constexpr const char* kRestoredPage =
    "<!DOCTYPE html>\n<html><head><style>.celebration { color: red }</style></head><body>\n"
    "<!-- referred to as for -->\n<p>Kim called for calm.</p>\n"
    "<pre>referred to as for</pre>\n</body></html>\n";

TEST_F(InputsTest, HtmlOnStdinIsReadAsAPage) {
  EXPECT_EQ(Unspin("--spell=off --rules r.rules", kPage).out, kRestoredPage);
  // --no-html, or a name that is not a page's, reads it as text.
  const Result text = Unspin("--spell=off --rules r.rules --no-html", kPage);
  EXPECT_EQ(text.out.find("<pre>referred to as for</pre>"), std::string::npos) << text.out;
  EXPECT_EQ(Unspin("--spell=off --rules r.rules --stdin-filename page.txt", kPage).out, text.out);
}

TEST_F(InputsTest, StdinFilenamePicksTheFormatAndNamesStdin) {
  const std::string fragment = "<p>Kim referred to as for calm.</p><pre>referred to as for</pre>\n";
  EXPECT_EQ(Unspin("--spell=off --rules r.rules --stdin-filename page.html", fragment).out,
            "<p>Kim called for calm.</p><pre>referred to as for</pre>\n");
  const Result diff = Unspin("--spell=off --rules r.rules --diff --stdin-filename a/b.txt", kSpun);
  EXPECT_NE(diff.out.find("--- a/b.txt\n+++ a/b.txt\n"), std::string::npos) << diff.out;
  const Result check = Unspin("--spell=off --rules r.rules --check --stdin-filename b.txt", kSpun);
  EXPECT_EQ(check.out.rfind("b.txt: spin probability", 0), 0u) << check.out;
  const Result json = Unspin("--spell=off --rules r.rules --json --stdin-filename b.txt", kSpun);
  EXPECT_NE(json.out.find("\"b.txt\""), std::string::npos) << json.out;
  const Result spelling = Unspin("--rules r.rules --stdin-filename b.txt", "A wrdo.\n");
  EXPECT_NE(spelling.err.find("b.txt:1:3: spelling"), std::string::npos) << spelling.err;
}

constexpr const char* kNotes =
    "---\ntitle: The ruling celebration\n---\n\n"
    "# The ruling celebration\n\n"
    "Kim referred to as for calm; see [the ruling celebration](https://e.com/ruling-celebration).\n\n"
    "```python\nparty = \"referred to as for\"\n```\n\n"
    "    indented: the ruling celebration\n\n"
    "Run `referred to as for` in a shell.\n";
constexpr const char* kRestoredNotes =
    "---\ntitle: The ruling celebration\n---\n\n"
    "# The ruling party\n\n"
    "Kim called for calm; see [the ruling party](https://e.com/ruling-celebration).\n\n"
    "```python\nparty = \"referred to as for\"\n```\n\n"
    "    indented: the ruling celebration\n\n"
    "Run `referred to as for` in a shell.\n";

TEST_F(InputsTest, MarkdownKeepsCodeLinkTargetsAndFrontMatter) {
  Write("notes.md", kNotes);
  const Result file = Unspin("--spell=off --rules r.rules notes.md");
  EXPECT_EQ(file.exit_code, 0) << file.err;
  EXPECT_EQ(file.out, kRestoredNotes);
  // `cat notes.md | unspin`: sniffed on stdin.
  EXPECT_EQ(Unspin("--spell=off --rules r.rules", kNotes).out, kRestoredNotes);
  // --markdown for any name; --no-markdown reads it as text (and edits code).
  Write("notes.txt", kNotes);
  EXPECT_EQ(Unspin("--spell=off --rules r.rules --markdown notes.txt").out, kRestoredNotes);
  const Result text = Unspin("--spell=off --rules r.rules --no-markdown notes.md");
  EXPECT_NE(text.out.find("Run `called for` in a shell."), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("    indented: the ruling party"), std::string::npos) << text.out;
  // Diffs and --in-place change only the prose too.
  const Result diff = Unspin("--spell=off --rules r.rules --diff notes.md");
  EXPECT_NE(diff.out.find("\n+# The ruling party\n"), std::string::npos) << diff.out;
  for (const char* kept : {"\n-title", "\n-party", "\n-    indented", "\n-Run"}) {
    EXPECT_EQ(diff.out.find(kept), std::string::npos) << kept << " in\n" << diff.out;
  }
  ASSERT_EQ(Unspin("--spell=off --rules r.rules --in-place notes.md").exit_code, 0);
  EXPECT_EQ(ReadFile(dir_ / "notes.md"), kRestoredNotes);
}

TEST_F(InputsTest, AMissingFileIsReportedAndTheOthersAreRestored) {
  Write("a.txt", kSpun);
  Write("c.txt", "The ruling celebration met.\n");
  const Result run = Unspin("--spell=off --rules r.rules a.txt missing.txt c.txt");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.out, std::string(kRestored) + "The ruling party met.\n");
  EXPECT_NE(run.err.find("unspin: error: cannot read 'missing.txt'"), std::string::npos)
      << run.err;
  const Result check = Unspin("--spell=off --rules r.rules --check a.txt missing.txt c.txt");
  EXPECT_EQ(check.exit_code, 2);
  EXPECT_NE(check.out.find("a.txt: spin probability"), std::string::npos) << check.out;
  EXPECT_NE(check.out.find("c.txt: spin probability"), std::string::npos) << check.out;
  // In every mode that reads inputs whole, and in place.
  const Result json = Unspin("--spell=off --rules r.rules --json missing.txt c.txt");
  EXPECT_EQ(json.exit_code, 2);
  EXPECT_NE(json.out.find("\"replacement\":\"party\""), std::string::npos) << json.out;
  EXPECT_EQ(Unspin("--spell=off --rules r.rules --in-place a.txt missing.txt c.txt").exit_code, 2);
  EXPECT_EQ(ReadFile(dir_ / "c.txt"), "The ruling party met.\n");
}

TEST_F(InputsTest, DirectoriesNeedRecursiveAndGiveTheirTextFiles) {
  fs::create_directories(dir_ / "d" / "sub");
  fs::create_directories(dir_ / "d" / ".git");
  fs::create_directories(dir_ / "d" / "drafts");
  Write("d/b.txt", "b: the ruling celebration\n");
  Write("d/a.md", "# a: the ruling celebration\n\n`ruling celebration`\n");
  Write("d/sub/c.html", "<p>c: the ruling celebration</p>\n");
  Write("d/.hidden.txt", "hidden ruling celebration\n");
  Write("d/.git/d.txt", "git ruling celebration\n");
  Write("d/drafts/e.txt", "draft ruling celebration\n");
  Write("d/picture.png", "png ruling celebration\n");
  Write("d/notes.TXT", "notes: the ruling celebration\n");
  const Result flat = Unspin("--spell=off --rules r.rules d");
  EXPECT_EQ(flat.exit_code, 2);
  EXPECT_NE(flat.err.find("cannot read 'd': Is a directory (-r restores the files in it)"), std::string::npos)
      << flat.err;
  const Result all = Unspin("--spell=off --rules r.rules -r d --exclude drafts");
  EXPECT_EQ(all.exit_code, 0) << all.err;
  EXPECT_EQ(all.out,
            "# a: the ruling party\n\n`ruling celebration`\n"
            "b: the ruling party\n"
            "notes: the ruling party\n"
            "<p>c: the ruling party</p>\n");
  const Result excluded = Unspin("--spell=off --rules r.rules -r d --exclude '*.md' --exclude 'sub/*'");
  EXPECT_EQ(excluded.out,
            "b: the ruling party\ndraft ruling party\nnotes: the ruling party\n");
}

TEST_F(InputsTest, OutputFileIsWrittenAndNeverAnInput) {
  Write("a.txt", kSpun);
  Write("b.txt", "The ruling celebration met.\n");
  const Result run = Unspin("--spell=off --rules r.rules -o out.txt a.txt b.txt");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(ReadFile(dir_ / "out.txt"), std::string(kRestored) + "The ruling party met.\n");
  // Over an input, through another name too: refused, the input untouched.
  const Result over = Unspin("--spell=off --rules r.rules -o ./b.txt a.txt b.txt");
  EXPECT_EQ(over.exit_code, 2);
  EXPECT_NE(over.err.find("-o './b.txt' is the input 'b.txt'"), std::string::npos) << over.err;
  EXPECT_EQ(ReadFile(dir_ / "b.txt"), "The ruling celebration met.\n");
  // --jsonl writes there too.
  const Result jsonl =
      Unspin("--spell=off --rules r.rules --jsonl -o out.jsonl", "{\"text\": \"It referred to as for calm.\"}\n");
  EXPECT_EQ(jsonl.out, "");
  EXPECT_NE(ReadFile(dir_ / "out.jsonl").find("It called for calm."), std::string::npos);
  // No temporary file is left behind.
  for (const fs::directory_entry& entry : fs::directory_iterator(dir_)) {
    EXPECT_EQ(entry.path().filename().string().find(".unspin-"), std::string::npos)
        << entry.path();
  }
}

TEST_F(InputsTest, QuietSilencesWarningsAndFindingsButNotErrors) {
  Write("a.txt", std::string("A wrdo caf\xE9.\n") + kSpun);
  const Result loud = Unspin("--rules r.rules a.txt");
  EXPECT_NE(loud.err.find("spelling"), std::string::npos) << loud.err;
  EXPECT_NE(loud.err.find("warning"), std::string::npos) << loud.err;
  const Result quiet = Unspin("--rules r.rules -q a.txt missing.txt");
  EXPECT_EQ(quiet.out, std::string("A wrdo caf\xE9.\n") + kRestored);
  EXPECT_EQ(quiet.err, "unspin: error: cannot read 'missing.txt': No such file or directory\n");
  EXPECT_EQ(quiet.exit_code, 2);
  const Result jsonl = Unspin("--rules r.rules --jsonl -q", "{\"text\": \"x\"}\n");
  EXPECT_EQ(jsonl.err, "");
}

// Runs `command` with stdin, stdout and stderr on a new pseudo-terminal (as
// in an interactive shell); returns what the terminal showed.
std::string OnTerminal(const std::string& command, int& exit_code) {
  int master = -1;
  const pid_t child = ::forkpty(&master, nullptr, nullptr, nullptr);
  if (child == 0) {
    ::execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  std::string shown;
  char buffer[4096];
  ssize_t got;
  while ((got = ::read(master, buffer, sizeof buffer)) > 0) shown.append(buffer, got);
  int status = 0;
  ::waitpid(child, &status, 0);
  ::close(master);
  exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return shown;
}

TEST_F(InputsTest, ProgressShowsOnATerminalForLargeInputsOnly) {
  std::string big;
  while (big.size() < 6000000) big += "It referred to as for calm, and the ruling celebration met.\n";
  Write("big.txt", big);
  Write("small.txt", kSpun);
  const std::string unspin = "cd '" + dir_.string() + "' && '" + testing::BinaryPath() +
                             "' --spell=off --rules r.rules ";
  int exit_code = -1;
  const std::string shown = OnTerminal(unspin + "small.txt big.txt > out.txt", exit_code);
  EXPECT_EQ(exit_code, 0) << shown;
  EXPECT_NE(shown.find("unspin: 2 files, 6.0 MB"), std::string::npos) << shown;
  EXPECT_NE(shown.find("MB/s"), std::string::npos) << shown;
  // stderr on the terminal, stdout a pipe: shown.
  EXPECT_NE(OnTerminal(unspin + "big.txt | cat > /dev/null", exit_code).find("MB/s"), std::string::npos);
  // A small input, or output on the terminal itself: none.
  EXPECT_EQ(OnTerminal(unspin + "small.txt > out.txt", exit_code).find("MB/s"), std::string::npos);
  EXPECT_EQ(OnTerminal(unspin + "--check big.txt", exit_code).find("MB/s"), std::string::npos);
  // Never when stderr is not a terminal, unless asked for.
  EXPECT_EQ(Unspin("--spell=off --rules r.rules big.txt").err.find("MB/s"), std::string::npos);
  const Result asked = Unspin("--spell=off --rules r.rules --progress small.txt small.txt");
  EXPECT_NE(asked.err.find("unspin: 2 files"), std::string::npos) << asked.err;
  const Result records =
      Unspin("--spell=off --rules r.rules --jsonl --progress", "{\"text\": \"x\"}\n");
  EXPECT_NE(records.err.find("unspin: 1 record,"), std::string::npos) << records.err;
}

TEST_F(InputsTest, HelpShowsNoFalseDefaultForProgress) {
  const Result help = Unspin("--help");
  const size_t at = help.out.find("--progress");
  ASSERT_NE(at, std::string::npos);
  const std::string line = help.out.substr(at, help.out.find('\n', at) - at);
  EXPECT_EQ(line.find("{false}"), std::string::npos) << line;
}

}  // namespace
}  // namespace unspin

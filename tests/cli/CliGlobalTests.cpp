#include "CliProcess.h"
#include "TempDir.h"

#include <catch2/catch.hpp>

using namespace storyloom::test;

namespace {

const std::vector<std::string> kVerbs = {"add-story", "check", "export", "generate", "import",
                                         "init",      "list",  "set",    "show"};

} // namespace

TEST_CASE("the --help option lists every verb with its summary and exits 0") {
    const auto run = runCli({"--help"});
    CHECK(run.exitCode == 0);
    CHECK(run.err.empty());
    for (const auto& verb : kVerbs)
        CHECK(run.out.find("\n  " + verb + " ") != std::string::npos);
    CHECK(run.out.find("Create a new, empty workspace file") != std::string::npos);
    CHECK(run.out.find("STORYLOOM_WORKSPACE") != std::string::npos);
}

TEST_CASE("the --version option prints the project version") {
    const auto run = runCli({"--version"});
    CHECK(run.exitCode == 0);
    CHECK(run.out == "storyloom-cli 0.1.0\n");
}

TEST_CASE("every verb's --help prints its usage and exits 0") {
    for (const auto& verb : kVerbs) {
        CAPTURE(verb);
        const auto run = runCli({verb, "--help"});
        CHECK(run.exitCode == 0);
        CHECK(run.out.rfind("Usage: storyloom-cli " + verb, 0) == 0);
        CHECK(run.err.empty());
    }
    // -h works too, wherever it appears among the verb's arguments.
    CHECK(runCli({"list", "-w", "nowhere.storyloom", "-h"}).exitCode == 0);
}

TEST_CASE("running without a command is a usage error with a hint to --help") {
    const auto run = runCli({});
    CHECK(run.exitCode == 1);
    CHECK(run.out.empty());
    CHECK(run.err.find("storyloom-cli --help") != std::string::npos);
}

TEST_CASE("an unknown command is a usage error naming it") {
    const auto run = runCli({"frobnicate"});
    CHECK(run.exitCode == 1);
    CHECK(run.err.find("'frobnicate'") != std::string::npos);
    CHECK(run.err.find("--help") != std::string::npos);
}

TEST_CASE("an unknown option is a usage error naming the option and the verb's help") {
    const TempDir dir;
    const auto run = runCli({"list", "-w", dir.file("w.storyloom"), "--colour", "red"});
    CHECK(run.exitCode == 1);
    CHECK(run.err.find("--colour") != std::string::npos);
    CHECK(run.err.find("storyloom-cli list --help") != std::string::npos);
    CHECK(run.out.empty());
}

TEST_CASE("an option without its value and an unexpected argument are usage errors") {
    const TempDir dir;
    CHECK(runCli({"list", "-w"}).exitCode == 1);
    CHECK(runCli({"list", "--limit"}).exitCode == 1);
    const auto extra = runCli({"list", "-w", dir.file("w.storyloom"), "surplus"});
    CHECK(extra.exitCode == 1);
    CHECK(extra.err.find("'surplus'") != std::string::npos);
    const auto twice = runCli({"list", "-w", "a", "-w", "b"});
    CHECK(twice.exitCode == 1);
    CHECK(twice.err.find("--workspace") != std::string::npos);
    CHECK(runCli({"--bogus"}).exitCode == 1);
}

TEST_CASE("a workspace is required unless STORYLOOM_WORKSPACE names one") {
    const TempDir dir;
    const std::string path = dir.file("env.storyloom");
    const auto missing = runCli({"list"});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.find("--workspace") != std::string::npos);

    REQUIRE(runCli({"init", "--name", "Env", "--key", "ENV"}, {{"STORYLOOM_WORKSPACE", path}}).exitCode == 0);
    const auto added =
        runCli({"add-story", "--title", "Found through the environment"}, {{"STORYLOOM_WORKSPACE", path}});
    CHECK(added.exitCode == 0);
    CHECK(added.out == "ENV-1\n");
    // An explicit --workspace wins over the environment.
    const auto other = runCli({"list", "-w", dir.file("absent.storyloom")}, {{"STORYLOOM_WORKSPACE", path}});
    CHECK(other.exitCode == 2);
}

TEST_CASE("a workspace file that does not exist is a data error naming the file") {
    const TempDir dir;
    const std::string path = dir.file("missing.storyloom");
    for (const std::vector<std::string>& args : {std::vector<std::string>{"list", "-w", path},
                                                 {"show", "X-1", "-w", path},
                                                 {"check", "-w", path},
                                                 {"export", "-w", path},
                                                 {"set", "X-1", "title", "T", "-w", path}}) {
        CAPTURE(args[0]);
        const auto run = runCli(args);
        CHECK(run.exitCode == 2);
        CHECK(run.err.find("missing.storyloom") != std::string::npos);
        CHECK(run.out.empty());
    }
}

TEST_CASE("a file that is not a workspace is a data error and is left untouched") {
    const TempDir dir;
    const std::string path = dir.file("notes.txt");
    writeBytes(path, "just some notes\n");
    const auto run = runCli({"list", "-w", path});
    CHECK(run.exitCode == 2);
    CHECK(run.err.find("notes.txt") != std::string::npos);
    CHECK(readBytes(path) == "just some notes\n");
}

TEST_CASE("the forms --flag=value, --flag value and -f value are the same") {
    const TempDir dir;
    const std::string path = dir.file("forms.storyloom");
    REQUIRE(runCli({"init", "--workspace=" + path, "--name=Forms", "--key=FORM"}).exitCode == 0);
    REQUIRE(runCli({"add-story", "-w", path, "--title", "One"}).exitCode == 0);
    const auto a = runCli({"list", "--workspace=" + path});
    const auto b = runCli({"list", "--workspace", path});
    const auto c = runCli({"list", "-w", path});
    CHECK(a.exitCode == 0);
    CHECK(a.out == b.out);
    CHECK(b.out == c.out);
    CHECK(a.out.find("FORM-1") != std::string::npos);
}

TEST_CASE("a malformed STORYLOOM_NOW is reported instead of silently ignored") {
    const auto run = runCli({"--version"}, {{"STORYLOOM_NOW", "yesterday"}});
    CHECK(run.exitCode == 1);
    CHECK(run.err.find("STORYLOOM_NOW") != std::string::npos);
}

#include "ChildProcess.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace storyloom::test {

ChildEnd runThenKill(const std::vector<std::string>& argv, const std::string& outPath,
                     const std::string& errPath, std::chrono::milliseconds delay) {
    std::vector<std::string> args = argv;
    std::vector<char*> raw;
    for (auto& a : args)
        raw.push_back(a.data());
    raw.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, outPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, errPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    pid_t pid = 0;
    const int spawned = ::posix_spawn(&pid, raw[0], &actions, nullptr, raw.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        throw std::runtime_error("posix_spawn of " + argv[0] + " failed: " + std::strerror(spawned));

    std::this_thread::sleep_for(delay);
    ::kill(pid, SIGKILL); // harmless when the child already exited: it is a zombie until reaped
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    ChildEnd end;
    if (WIFSIGNALED(status)) {
        end.killed = true;
        end.signal = WTERMSIG(status);
    } else if (WIFEXITED(status)) {
        end.exitCode = WEXITSTATUS(status);
    }
    return end;
}

} // namespace storyloom::test

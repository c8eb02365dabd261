// A scriptable child process for tst_processrunner. Each argument is a command, run in order:
//   out TEXT         print TEXT and a newline          lines N        print "line 0" .. "line N-1"
//   huge BYTES       one line of BYTES 'x'             partial TEXT   print TEXT without newline
//   flood MIB LEN    MIB MiB of lines LEN bytes long (LEN divides 1 MiB, newline included)
//   err TEXT         print TEXT and a newline on stderr errflood BYTES  BYTES of digits on stderr
//   utf8split        "héllo" with the é split across two writes
//   stdin            echo stdin until EOF, then "EOF <bytes>"
//   stdinkind        print "stdin file", "stdin pipe" or "stdin other" (fstat of descriptor 0)
//   pipesize         print "pipe BYTES", the capacity of the stdout pipe (F_GETPIPE_SZ)
//   env NAME         print "NAME=value" or "NAME unset" pwd            print the working folder
//   tick N MS        print "tick i" N times, MS ms apart sleep MS       sleep silently
//   hang             sleep silently forever             exit K         exit with code K
//   raise SIG        kill itself with signal SIG        ignore         ignore SIGINT and SIGTERM
//   trap             print "caught INT" / "caught TERM" on those signals and carry on
//   daemon           fork a grandchild that calls setsid() and sleeps; print "daemon <pid>"
//   groupchild       fork a grandchild that stays in the group and sleeps; print "groupchild <pid>"
//   fds              print "fds:" and every open descriptor above 2
//   ignored          print "ignored:" and "blocked:" with the numbers of such signals (1..31)
//   alloc MIB        allocate MIB MiB and touch every page (kept until exit); print "alloc MIB"
//   burn MS          keep one core busy for MS ms
// Output goes straight to write(2) so the test controls how it is chunked.
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

namespace {

void writeAll(int fd, const char *data, size_t size)
{
    while (size > 0) {
        const ssize_t written = ::write(fd, data, size);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            std::_Exit(3);
        }
        data += written;
        size -= static_cast<size_t>(written);
    }
}

void print(const std::string &text)
{
    writeAll(STDOUT_FILENO, text.data(), text.size());
}

void sleepMs(long ms)
{
    timespec left{ms / 1000, (ms % 1000) * 1000000L};
    while (::nanosleep(&left, &left) != 0 && errno == EINTR) {
    }
}

[[noreturn]] void sleepForever()
{
    for (;;)
        ::pause();
}

void onSignal(int signal)
{
    const char *text = signal == SIGINT ? "caught INT\n" : "caught TERM\n";
    writeAll(STDOUT_FILENO, text, std::strlen(text));
}

void setHandler(int signal, void (*handler)(int))
{
    struct sigaction action;
    std::memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    ::sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(signal, &action, nullptr);
}

// Forks a sleeping grandchild and prints its pid once it is set up (after setsid() if asked).
void forkSleeper(bool newSession, const char *label)
{
    int ready[2];
    if (::pipe(ready) != 0)
        std::_Exit(4);
    const pid_t pid = ::fork();
    if (pid < 0)
        std::_Exit(4);
    if (pid == 0) {
        ::close(ready[0]);
        if (newSession)
            ::setsid();
        setHandler(SIGINT, SIG_IGN);
        setHandler(SIGTERM, SIG_IGN);
        writeAll(ready[1], "x", 1);
        ::close(ready[1]);
        sleepForever();
    }
    ::close(ready[1]);
    char byte = 0;
    while (::read(ready[0], &byte, 1) < 0 && errno == EINTR) {
    }
    ::close(ready[0]);
    print(std::string(label) + ' ' + std::to_string(pid) + '\n');
}

} // namespace

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const std::string command = argv[i];
        const auto next = [&]() -> std::string {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "proc_child: %s needs an argument\n", command.c_str());
                std::exit(2);
            }
            return argv[++i];
        };
        const auto nextNumber = [&] { return std::stol(next()); };

        if (command == "out") {
            print(next() + '\n');
        } else if (command == "lines") {
            const long count = nextNumber();
            std::string batch;
            for (long n = 0; n < count; ++n) {
                batch += "line " + std::to_string(n) + '\n';
                if (batch.size() > 60000) {
                    print(batch);
                    batch.clear();
                }
            }
            print(batch);
        } else if (command == "huge") {
            std::string line(static_cast<size_t>(nextNumber()), 'x');
            line += '\n';
            print(line);
        } else if (command == "partial") {
            print(next());
        } else if (command == "flood") {
            const long mebibytes = nextNumber();
            const long lineLength = nextNumber();
            std::string block;
            while (block.size() < 1024 * 1024) {
                block.append(static_cast<size_t>(lineLength - 1), 'y');
                block += '\n';
            }
            for (long n = 0; n < mebibytes; ++n)
                print(block);
        } else if (command == "err") {
            const std::string text = next() + '\n';
            writeAll(STDERR_FILENO, text.data(), text.size());
        } else if (command == "errflood") {
            std::string text;
            for (long n = nextNumber(); n > 0; --n)
                text += static_cast<char>('0' + n % 10);
            writeAll(STDERR_FILENO, text.data(), text.size());
        } else if (command == "utf8split") {
            print("h\xC3");
            sleepMs(50);
            print("\xA9llo\n");
        } else if (command == "pipesize") {
            print("pipe " + std::to_string(::fcntl(STDOUT_FILENO, F_GETPIPE_SZ)) + "\n");
        } else if (command == "stdinkind") {
            struct stat info {};
            const bool known = ::fstat(STDIN_FILENO, &info) == 0;
            print(known && S_ISREG(info.st_mode) ? "stdin file\n"
                  : known && S_ISFIFO(info.st_mode) ? "stdin pipe\n"
                                                    : "stdin other\n");
        } else if (command == "stdin") {
            char buffer[4096];
            long total = 0;
            for (;;) {
                const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
                if (got < 0 && errno == EINTR)
                    continue;
                if (got <= 0)
                    break;
                total += got;
                writeAll(STDOUT_FILENO, buffer, static_cast<size_t>(got));
            }
            print("EOF " + std::to_string(total) + '\n');
        } else if (command == "env") {
            const std::string name = next();
            const char *value = std::getenv(name.c_str());
            print(value ? name + '=' + value + '\n' : name + " unset\n");
        } else if (command == "pwd") {
            char buffer[4096];
            print(std::string(::getcwd(buffer, sizeof buffer) ? buffer : "?") + '\n');
        } else if (command == "tick") {
            const long count = nextNumber();
            const long ms = nextNumber();
            for (long n = 0; n < count; ++n) {
                print("tick " + std::to_string(n) + '\n');
                sleepMs(ms);
            }
        } else if (command == "sleep") {
            sleepMs(nextNumber());
        } else if (command == "alloc") {
            const long mib = nextNumber();
            const size_t bytes = static_cast<size_t>(mib) * 1024 * 1024;
            // Written, not just reserved: only touched pages count as resident.
            char *block = static_cast<char *>(std::malloc(bytes));
            if (!block)
                return 4;
            std::memset(block, 1, bytes);
            print("alloc " + std::to_string(mib) + '\n');
        } else if (command == "burn") {
            timespec start = {};
            ::clock_gettime(CLOCK_MONOTONIC, &start);
            const long ms = nextNumber();
            volatile unsigned long spin = 0;
            for (;;) {
                for (int k = 0; k < 100000; ++k)
                    spin = spin + 1;
                timespec now = {};
                ::clock_gettime(CLOCK_MONOTONIC, &now);
                if ((now.tv_sec - start.tv_sec) * 1000 + (now.tv_nsec - start.tv_nsec) / 1000000 >= ms)
                    break;
            }
        } else if (command == "hang") {
            sleepForever();
        } else if (command == "exit") {
            return static_cast<int>(nextNumber());
        } else if (command == "raise") {
            const int signal = static_cast<int>(nextNumber());
            setHandler(signal, SIG_DFL);
            ::raise(signal);
            sleepForever();
        } else if (command == "ignore") {
            setHandler(SIGINT, SIG_IGN);
            setHandler(SIGTERM, SIG_IGN);
        } else if (command == "trap") {
            setHandler(SIGINT, onSignal);
            setHandler(SIGTERM, onSignal);
        } else if (command == "daemon") {
            forkSleeper(true, "daemon");
        } else if (command == "groupchild") {
            forkSleeper(false, "groupchild");
        } else if (command == "fds") {
            std::string text = "fds:";
            if (DIR *folder = ::opendir("/proc/self/fd")) {
                while (const dirent *entry = ::readdir(folder)) {
                    const int fd = std::atoi(entry->d_name);
                    if (fd > 2 && fd != ::dirfd(folder))
                        text += ' ' + std::to_string(fd);
                }
                ::closedir(folder);
            }
            print(text + '\n');
        } else if (command == "ignored") {
            std::string ignored = "ignored:";
            std::string blocked = "blocked:";
            sigset_t mask;
            ::sigprocmask(SIG_BLOCK, nullptr, &mask);
            for (int signal = 1; signal < 32; ++signal) {
                struct sigaction current;
                if (::sigaction(signal, nullptr, &current) == 0 && current.sa_handler == SIG_IGN)
                    ignored += ' ' + std::to_string(signal);
                if (::sigismember(&mask, signal) == 1)
                    blocked += ' ' + std::to_string(signal);
            }
            print(ignored + '\n' + blocked + '\n');
        } else {
            std::fprintf(stderr, "proc_child: unknown command %s\n", command.c_str());
            return 2;
        }
    }
    return 0;
}

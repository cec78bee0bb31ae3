// quire-floor: the machine's own limit for "create N small files", in plain C++ and POSIX calls.
//
// Each file costs exactly three system calls: openat(O_CREAT|O_EXCL) relative to an open folder
// descriptor, one write, close. The job is the benchmark's: names file-{index:000000}.txt, content
// "In file {index}\n". Run sequentially (--threads 0) or with T worker threads that take chunks of
// the range from a shared atomic counter. Prints "seconds=S files=N" (timed inside the process, from
// opening the folder to the last close) and exits 0, or prints the first error and exits 1.
//
// --undo: the floor of undo for the same files: open, read, compare with the expected content, close
// and unlink each one (what an undo must do at the least to delete only unchanged files).

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

struct Options
{
    std::string dir;
    long long from = 1;
    long long count = 0;
    int threads = 0; // 0 = sequential in the main thread, no worker threads at all
    bool undo = false;
    long long bytes = -1; // --bytes N: every file gets N bytes from one ready buffer (content generator rows)
};

constexpr long long ChunkSize = 256;

std::atomic_bool g_failed{false};
std::vector<char> g_payload; // --bytes: filled once before the clock starts
bool g_usePayload = false;

// The ready buffer, written whole: the floor for fill, random and copy-from of one size.
ssize_t writePayload(int fd)
{
    size_t done = 0;
    while (done < g_payload.size()) {
        const ssize_t put = ::write(fd, g_payload.data() + done, g_payload.size() - done);
        if (put < 0 && errno == EINTR)
            continue;
        if (put <= 0)
            return put;
        done += size_t(put);
    }
    return ssize_t(done);
}

void fail(const char *what, long long index, int error)
{
    // Report only the first error: the run stops as soon as every worker sees the flag.
    if (!g_failed.exchange(true))
        std::fprintf(stderr, "quire-floor: %s failed at index %lld: %s\n", what, index, std::strerror(error));
}

bool writeOne(int dirFd, long long index)
{
    char name[64];
    char content[64];
    std::snprintf(name, sizeof name, "file-%06lld.txt", index);
    const int length = std::snprintf(content, sizeof content, "In file %lld\n", index);
    const int fd = ::openat(dirFd, name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0644);
    if (fd < 0) {
        fail("openat", index, errno);
        return false;
    }
    const ssize_t written = g_usePayload ? writePayload(fd) : ::write(fd, content, static_cast<size_t>(length));
    const int writeError = errno;
    if (::close(fd) != 0) {
        fail("close", index, errno);
        return false;
    }
    if (written != (g_usePayload ? ssize_t(g_payload.size()) : ssize_t(length))) {
        fail("write", index, written < 0 ? writeError : EIO);
        return false;
    }
    return true;
}

bool undoOne(int dirFd, long long index)
{
    char name[64];
    char content[64];
    char read[64];
    std::snprintf(name, sizeof name, "file-%06lld.txt", index);
    const int length = std::snprintf(content, sizeof content, "In file %lld\n", index);
    const int fd = ::openat(dirFd, name, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        fail("openat", index, errno);
        return false;
    }
    const ssize_t got = ::read(fd, read, sizeof read);
    ::close(fd);
    if (got != length || std::memcmp(read, content, size_t(length)) != 0) {
        fail("compare", index, EIO);
        return false;
    }
    if (::unlinkat(dirFd, name, 0) != 0) {
        fail("unlinkat", index, errno);
        return false;
    }
    return true;
}

bool doOne(int dirFd, const Options &options, long long index)
{
    return options.undo ? undoOne(dirFd, index) : writeOne(dirFd, index);
}

void runSequential(int dirFd, const Options &options)
{
    for (long long i = 0; i < options.count && !g_failed.load(std::memory_order_relaxed); ++i)
        doOne(dirFd, options, options.from + i);
}

void runThreaded(int dirFd, const Options &options)
{
    std::atomic<long long> next{0};
    auto worker = [&] {
        for (;;) {
            const long long begin = next.fetch_add(ChunkSize, std::memory_order_relaxed);
            if (begin >= options.count || g_failed.load(std::memory_order_relaxed))
                return;
            const long long end = std::min(begin + ChunkSize, options.count);
            for (long long i = begin; i < end; ++i) {
                if (!doOne(dirFd, options, options.from + i))
                    return;
            }
        }
    };
    std::vector<std::thread> workers;
    workers.reserve(static_cast<size_t>(options.threads));
    for (int t = 0; t < options.threads; ++t)
        workers.emplace_back(worker);
    for (auto &thread : workers)
        thread.join();
}

[[noreturn]] void usage(const char *message)
{
    std::fprintf(
        stderr,
        "quire-floor: %s\nusage: quire-floor --dir DIR --count N [--from A] [--threads T] [--undo] [--bytes N]\n"
        "  --threads 0 (default) writes sequentially in the main thread\n",
        message);
    std::exit(2);
}

long long parseNumber(const char *text, long long min, long long max)
{
    char *end = nullptr;
    errno = 0;
    const long long value = std::strtoll(text, &end, 10);
    if (errno != 0 || end == text || *end != '\0' || value < min || value > max)
        usage("bad number");
    return value;
}

Options parseOptions(int argc, char **argv)
{
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--undo") {
            options.undo = true;
            continue;
        }
        if (i + 1 >= argc)
            usage("missing value");
        const char *value = argv[++i];
        if (arg == "--dir")
            options.dir = value;
        else if (arg == "--count")
            options.count = parseNumber(value, 0, 100'000'000);
        else if (arg == "--from")
            options.from = parseNumber(value, 0, 1'000'000'000'000);
        else if (arg == "--bytes")
            options.bytes = parseNumber(value, 0, 1LL << 34);
        else if (arg == "--threads")
            options.threads = static_cast<int>(parseNumber(value, 0, 1024));
        else
            usage("unknown option");
    }
    if (options.dir.empty())
        usage("--dir is required");
    return options;
}

} // namespace

int main(int argc, char **argv)
{
    const Options options = parseOptions(argc, argv);
    if (options.bytes >= 0) {
        g_payload.assign(size_t(options.bytes), 'x');
        g_usePayload = true;
    }
    const auto start = std::chrono::steady_clock::now();
    const int dirFd = ::open(options.dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd < 0) {
        std::fprintf(stderr, "quire-floor: cannot open %s: %s\n", options.dir.c_str(), std::strerror(errno));
        return 1;
    }
    if (options.threads == 0)
        runSequential(dirFd, options);
    else
        runThreaded(dirFd, options);
    ::close(dirFd);
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    if (g_failed.load())
        return 1;
    std::printf("seconds=%.6f files=%lld\n", elapsed.count(), options.count);
    return 0;
}

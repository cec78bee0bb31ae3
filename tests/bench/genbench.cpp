// quire-bench-gen: how fast the content generators make bytes, without any file system (issue 11).
//
// Fills a 1 MiB buffer again and again through the same ContentSource::read() that writing, --verify and
// the preview use, for --mib MiB, and prints "random_gb_per_s=X fill_gb_per_s=Y" (one thread, thread CPU
// time, so a busy machine skews the figure less than wall time would). Exits 2 on bad usage.

#include "core/content/contentsource.h"

#include <QByteArray>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>

using namespace Quire;

namespace {

double threadSeconds()
{
    timespec now = {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

/** GB/s of source.read() over the whole source, in ChunkBytes pieces (as writeTo() reads them). */
double gbPerSecond(ContentSource &source)
{
    QByteArray buffer(qsizetype(ContentSource::ChunkBytes), Qt::Uninitialized);
    const double start = threadSeconds();
    for (qint64 offset = 0; offset < source.size(); offset += buffer.size()) {
        if (source.read(offset, buffer.data(), std::min<qint64>(buffer.size(), source.size() - offset)) != 0)
            std::exit(1);
    }
    const double seconds = std::max(threadSeconds() - start, 1e-9);
    return double(source.size()) / seconds / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    qint64 mib = 2048;
    if (argc == 3 && std::strcmp(argv[1], "--mib") == 0) {
        mib = std::atoll(argv[2]);
    } else if (argc != 1) {
        std::fprintf(stderr, "quire-bench-gen: usage: [--mib N]\n");
        return 2;
    }
    if (mib < 1) {
        std::fprintf(stderr, "quire-bench-gen: --mib wants a positive count\n");
        return 2;
    }
    RandomSource random(42, mib << 20);
    FillSource fill({}, QByteArrayLiteral("x1"), mib << 20);
    const double randomRate = gbPerSecond(random);
    const double fillRate = gbPerSecond(fill);
    std::printf("random_gb_per_s=%.2f fill_gb_per_s=%.2f mib=%lld\n", randomRate, fillRate,
                static_cast<long long>(mib));
    return 0;
}

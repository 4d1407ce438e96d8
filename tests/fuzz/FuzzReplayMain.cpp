// Replays a fuzz target's seed corpus (and any crash files given) in the normal build, so
// every target is compiled and exercised by ctest even without clang. Arguments: files or
// directories of inputs.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    int inputs = 0;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        QStringList files;
        if (QFileInfo(path).isDir()) {
            QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
        } else {
            files << path;
        }
        files.sort();
        for (const QString &file : std::as_const(files)) {
            QFile input(file);
            if (!input.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(file));
                return 1;
            }
            const QByteArray data = input.readAll();
            std::printf("replaying %s (%lld bytes)\n", qPrintable(file),
                        static_cast<long long>(data.size()));
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()),
                                   size_t(data.size()));
            ++inputs;
        }
    }
    // The empty input too: every target must cope with it.
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(""), 0);
    std::printf("%d input(s) replayed without a crash\n", inputs);
    return inputs > 0 ? 0 : 1;
}

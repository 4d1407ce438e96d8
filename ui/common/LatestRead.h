#pragma once

#include "ui/common/BackgroundReader.h"

#include <functional>

namespace bd {

// A panel's loads off the GUI thread (#15 item 20): each read runs on the panel's own
// BackgroundReader and its result is shown on the GUI thread; only the latest read is shown
// (a reload while one runs supersedes it). The panel is usable meanwhile and says
// isLoading() until then.
class LatestRead : public QObject
{
    Q_OBJECT

public:
    explicit LatestRead(QObject *parent);
    // Reads on `shared` (not owned), a reader the panels of one page share so that their
    // reads run one at a time; only this object's latest read is shown, as above.
    LatestRead(QObject *parent, BackgroundReader *shared);

    bool isLoading() const { return m_loading; }

    template <typename T>
    void run(std::function<T()> read, std::function<void(T)> show)
    {
        const quint64 load = ++m_loads;
        m_loading = true;
        m_reader->run<T>(this, std::move(read), [this, load, show = std::move(show)](T result) {
            if (load != m_loads)
                return;
            show(std::move(result));
            m_loading = false;
            emit loaded();
        });
    }

signals:
    void loaded();

private:
    BackgroundReader *m_reader; // its own waits for its running read when the panel goes
    quint64 m_loads = 0;
    bool m_loading = false;
};

} // namespace bd

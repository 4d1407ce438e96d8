#include "app/services/voice/VoiceLexiconSource.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QSettings>

namespace bd {

namespace {

Q_LOGGING_CATEGORY(lcVoice, "branchdesk.voice")

struct Active
{
    QMutex mutex;
    std::shared_ptr<const VoiceAnalyser> analyser;
    QString notice;
};

Active &state()
{
    static Active active;
    return active;
}

} // namespace

std::shared_ptr<const VoiceAnalyser> VoiceLexiconSource::active()
{
    Active &active = state();
    QMutexLocker locker(&active.mutex);
    if (active.analyser)
        return active.analyser;
    QString path = qEnvironmentVariable("BRANCHDESK_VOICE_LEXICON");
    if (path.isEmpty())
        path = QSettings().value(QStringLiteral("voice/lexiconFile")).toString();
    if (!path.isEmpty()) {
        Result<VoiceLexicon> configured = VoiceLexicon::fromFile(path);
        if (configured) {
            active.analyser = std::make_shared<const VoiceAnalyser>(std::move(*configured));
            return active.analyser;
        }
        active.notice = tr("The configured customer-voice lexicon was refused and the built-in "
                           "one is used instead.\n%1")
                                .arg(configured.errorString());
        qCWarning(lcVoice).noquote() << active.notice;
    }
    Result<VoiceLexicon> builtIn = VoiceLexicon::builtIn();
    if (!builtIn) { // a build whose own lexicon is broken: no findings rather than a crash
        qCCritical(lcVoice).noquote() << builtIn.errorString();
        active.analyser = std::make_shared<const VoiceAnalyser>(VoiceLexicon());
        return active.analyser;
    }
    active.analyser = std::make_shared<const VoiceAnalyser>(std::move(*builtIn));
    return active.analyser;
}

QString VoiceLexiconSource::notice()
{
    active();
    Active &active = state();
    QMutexLocker locker(&active.mutex);
    return active.notice;
}

void VoiceLexiconSource::use(std::shared_ptr<const VoiceAnalyser> analyser)
{
    Active &active = state();
    QMutexLocker locker(&active.mutex);
    active.analyser = std::move(analyser);
    active.notice.clear();
}

} // namespace bd

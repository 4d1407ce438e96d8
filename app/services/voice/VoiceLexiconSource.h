#pragma once

#include "app/domain/voice/VoiceAnalyser.h"

#include <QCoreApplication>

#include <memory>

namespace bd {

// The analyser of this workstation: the bank's lexicon file (BRANCHDESK_VOICE_LEXICON, or
// the setting voice/lexiconFile) when it is valid, else the built-in one
// (resources/voice/lexicon.json). Loaded once; shared read-only by every thread.
class VoiceLexiconSource
{
    Q_DECLARE_TR_FUNCTIONS(VoiceLexiconSource)

public:
    static std::shared_ptr<const VoiceAnalyser> active();
    // Why a configured lexicon was refused ('' when none was, or none is configured).
    static QString notice();
    // Tests and the command line: use this lexicon from now on (nullptr: load again).
    static void use(std::shared_ptr<const VoiceAnalyser> analyser);
};

} // namespace bd

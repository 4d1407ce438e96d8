#pragma once

#include "app/domain/Result.h"
#include "app/domain/voice/VoiceKind.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace bd {

// The customer-voice lexicon: the bank's own wording of what staff hear, as data
// (resources/voice/lexicon.json; a bank may ship its own file, checked by
// VoiceLexiconValidator). Every finding names the label and the phrase it came from, so a
// person can see why. Format (docs/VOICE.md):
//   {"format": "branchdesk-voice-lexicon", "version": 1, "name": {"zh", "en"},
//    "cues": {"negation": [...], "not_negation": [...], "hedge": [...],
//             "sentence_break": [...], "<list>": [...]},
//    "families": [{"code": "fund", "terms": [...]}],          // product families
//    "labels": [{"kind": "objection", "code": "return_low", "name": {"zh", "en"},
//                "family": "fund", "phrases": [...],
//                "pairs": [{"first": [...], "then": [...], "gap": 6, "any_order": false,
//                           "scope": "phrase" | "sentence"}],
//                "exclude": [...], "negated_by": [...], "negated_after": [...],
//                "negatable": true, "yields_to": {"labels": [...], "unless": [...]}}],
//    "misspellings": [{"wrong": "在联系", "right": "再联系"}]}
// In a list, "@name" stands for a cue list, "@family.<code>" for a family's terms,
// "@product" for every family's terms, "@date" for a date the note names.
struct VoiceLabelDefinition
{
    struct Pair
    {
        QStringList first;
        QStringList then;
        int gap = 6;           // characters allowed between the two
        bool anyOrder = false; // "then" may come first
        bool sentence = false; // the two may stand in different phrases of one sentence
    };

    VoiceKind kind = VoiceKind::Interest;
    QString code;   // unique within the kind
    QString nameZh;
    QString nameEn;
    QString family; // a product family code, or empty
    QStringList phrases;
    QList<Pair> pairs;
    // A finding overlapping one of these is not made; "^客户来" counts only where a
    // sentence begins (the note records the visit itself, not a promise to come).
    QStringList exclude;
    QStringList negatedBy; // cues that cancel this label only (已经 before an interest)
    // Cues that cancel this label where they follow it closely in its phrase: what is said
    // after the words changes them (约客户周六电话沟通 is a call, not a visit).
    QStringList negatedAfter;
    bool negatable = true;
    // Other labels that take this one's place where one of them is heard in the same
    // sentence (round 13, "yields_to": {"labels": [...], "unless": [...]}): a customer busy
    // right now who asks to be called later (在开会，晚点再打) is a call back, not the objection
    // "no time" — unless a word of `yieldUnless` in that sentence says the lack of time lasts
    // (最近太忙，过段时间再联系 is both).
    QStringList yieldsTo; // label keys, "kind.code"
    QStringList yieldUnless;

    QString key() const { return VoiceKinds::code(kind) + QLatin1Char('.') + code; }
    QString name() const; // in the UI language (zh for Chinese, else en)
};

struct VoiceFamilyDefinition
{
    QString code; // a product family (DomainTerms ProductFamily)
    QStringList terms;
};

struct VoiceMisspelling
{
    QString wrong;
    QString right; // as long as `wrong`
};

class VoiceLexicon
{
    Q_DECLARE_TR_FUNCTIONS(VoiceLexicon)

public:
    // A checked lexicon, or the problems (VoiceLexiconValidator) as one message.
    static Result<VoiceLexicon> fromJson(const QByteArray &json);
    static Result<VoiceLexicon> fromFile(const QString &path);
    // The built-in lexicon, compiled in as :/voice/lexicon.json.
    static Result<VoiceLexicon> builtIn();

    QString nameZh;
    QString nameEn;
    QHash<QString, QStringList> cues; // negation, not_negation, hedge, sentence_break, own lists
    QList<VoiceFamilyDefinition> families;
    QList<VoiceLabelDefinition> labels;
    QList<VoiceMisspelling> misspellings;
    QString version; // a digest of the file: findings and the re-analysis marker carry it

    const VoiceLabelDefinition *label(const QString &key) const; // "kind.code"
};

} // namespace bd

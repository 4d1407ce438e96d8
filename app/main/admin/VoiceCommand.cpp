#include "app/main/admin/VoiceCommand.h"

#include "app/domain/voice/VoiceAnalyser.h"
#include "app/domain/voice/VoiceLexiconValidator.h"
#include "app/main/admin/AdminText.h"
#include "app/main/admin/CommandLine.h"
#include "app/main/admin/Console.h"
#include "app/services/voice/VoiceLexiconSource.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace bd::admin {

namespace {

class VoiceAnalyseCommand : public AdminCommand
{
public:
    QString name() const override { return QStringLiteral("analyse"); }
    QString summary() const override
    {
        return Admin::tr("Print what customer notes say, one JSON line per note.");
    }

    int run(const QStringList &arguments, const QString &usage) override
    {
        CommandLine line(usage,
                         Admin::tr("Reads notes, one per line, from FILE or standard input, and "
                                   "prints for each a JSON line: the note, its findings (kind, "
                                   "label, phrase, start and end in code points and in UTF-16 "
                                   "units, product family, amount in fen, date) and the "
                                   "amounts and dates it names. Needs no database and no "
                                   "sign-in: it sees only the text it is given."));
        line.addOption({QStringLiteral("date"),
                        Admin::tr("The day the notes were written, for relative dates such as "
                                  "下周三 (default: today)."),
                        QStringLiteral("YYYY-MM-DD")});
        line.addOption({QStringLiteral("lexicon"),
                        Admin::tr("A lexicon file to use instead of the workstation's."),
                        QStringLiteral("FILE")});
        line.addPositional(QStringLiteral("file"), Admin::tr("Notes, one per line (default: "
                                                             "standard input)."),
                           QStringLiteral("[FILE]"));
        if (const std::optional<int> stop = line.parse(arguments))
            return *stop;
        if (line.positional().size() > 1)
            return line.usageError(Admin::tr("Name at most one file of notes."));
        QDate day = QDate::currentDate();
        if (line.isSet(QStringLiteral("date"))) {
            day = QDate::fromString(line.value(QStringLiteral("date")), Qt::ISODate);
            if (!day.isValid())
                return line.usageError(Admin::tr("--date needs a day as YYYY-MM-DD."));
        }
        std::shared_ptr<const VoiceAnalyser> analyser;
        if (line.isSet(QStringLiteral("lexicon"))) {
            Result<VoiceLexicon> lexicon = VoiceLexicon::fromFile(line.value(QStringLiteral("lexicon")));
            if (Console::failed(lexicon))
                return Failure;
            analyser = std::make_shared<const VoiceAnalyser>(std::move(*lexicon));
        } else {
            analyser = VoiceLexiconSource::active();
            if (!VoiceLexiconSource::notice().isEmpty())
                Console::err(VoiceLexiconSource::notice());
        }
        QFile file;
        if (line.positional().isEmpty()) {
            if (!file.open(stdin, QIODevice::ReadOnly)) {
                Console::err(Admin::tr("Cannot read standard input."));
                return Failure;
            }
        } else {
            file.setFileName(line.positional().first());
            if (!file.open(QIODevice::ReadOnly)) {
                Console::err(Admin::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
                return Failure;
            }
        }
        int number = 0;
        while (!file.atEnd()) {
            QString note = QString::fromUtf8(file.readLine());
            while (note.endsWith(QLatin1Char('\n')) || note.endsWith(QLatin1Char('\r')))
                note.chop(1);
            ++number;
            QJsonObject object = analyser->analyse(note, day).toJson(note);
            object.insert(QStringLiteral("line"), number);
            object.insert(QStringLiteral("note"), note);
            QJsonArray findings = object.value(QStringLiteral("findings")).toArray();
            for (qsizetype i = 0; i < findings.size(); ++i) {
                QJsonObject finding = findings.at(i).toObject();
                const VoiceLabelDefinition *label = analyser->lexicon().label(
                        finding.value(QStringLiteral("kind")).toString() + QLatin1Char('.')
                        + finding.value(QStringLiteral("label")).toString());
                if (label)
                    finding.insert(QStringLiteral("name"),
                                   QJsonObject{{QStringLiteral("zh"), label->nameZh},
                                               {QStringLiteral("en"), label->nameEn}});
                findings[i] = finding;
            }
            object.insert(QStringLiteral("findings"), findings);
            Console::out(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
        }
        return Success;
    }
};

class VoiceValidateCommand : public AdminCommand
{
public:
    QString name() const override { return QStringLiteral("validate"); }
    QString summary() const override
    {
        return Admin::tr("Check a customer-voice lexicon file and list every problem.");
    }

    int run(const QStringList &arguments, const QString &usage) override
    {
        CommandLine line(usage,
                         Admin::tr("Checks a customer-voice lexicon (JSON): format, cue lists, "
                                   "product families, labels, phrases, pairs and the lists they "
                                   "name, misspellings. Prints every problem with its JSON path; "
                                   "exits with 0 if the lexicon is usable, 1 if not."));
        line.addJsonOption();
        line.addPositional(QStringLiteral("file"), Admin::tr("The lexicon file."),
                           QStringLiteral("FILE"));
        if (const std::optional<int> stop = line.parse(arguments))
            return *stop;
        if (line.positional().size() != 1)
            return line.usageError(Admin::tr("Name one lexicon file."));
        const QString path = line.positional().first();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            Console::err(Admin::tr("Cannot read %1: %2").arg(path, file.errorString()));
            return Failure;
        }
        const QByteArray json = file.readAll();
        const QList<VoiceLexiconProblem> problems = VoiceLexiconValidator::validate(json);
        if (line.json()) {
            QJsonArray list;
            for (const VoiceLexiconProblem &problem : problems)
                list.append(QJsonObject{{QStringLiteral("path"), problem.path},
                                        {QStringLiteral("message"), problem.message}});
            Console::json(QJsonObject{{QStringLiteral("file"), path},
                                      {QStringLiteral("valid"), problems.isEmpty()},
                                      {QStringLiteral("problems"), list}});
        } else if (problems.isEmpty()) {
            const Result<VoiceLexicon> lexicon = VoiceLexicon::fromJson(json);
            Console::out(Admin::tr("%1 is a valid customer-voice lexicon: %n label(s).", nullptr,
                                   lexicon ? int(lexicon->labels.size()) : 0)
                                 .arg(path));
        } else {
            for (const VoiceLexiconProblem &problem : problems)
                Console::out(problem.toString());
            Console::err(Admin::tr("%1 has %n problem(s).", nullptr, int(problems.size())).arg(path));
        }
        return problems.isEmpty() ? Success : Failure;
    }
};

} // namespace

VoiceCommand::VoiceCommand()
{
    add(std::make_unique<VoiceAnalyseCommand>());
    add(std::make_unique<VoiceValidateCommand>());
}

QString VoiceCommand::summary() const
{
    return Admin::tr("Analyse customer notes; check customer-voice lexicon files.");
}

QString VoiceCommand::description() const
{
    return Admin::tr("The customer-voice analyser reads what customers said in staff notes "
                     "(interests, objections, competitors, praise, complaints, life events, "
                     "follow-ups, amounts and dates). A bank may ship its own lexicon (set "
                     "BRANCHDESK_VOICE_LEXICON or the voice/lexiconFile setting); the "
                     "workstation refuses a broken file and uses the built-in one.");
}

} // namespace bd::admin
